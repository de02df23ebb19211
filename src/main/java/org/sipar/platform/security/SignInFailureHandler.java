package org.sipar.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed form sign-in back to the sign-in page with one notice for every reason (unknown address, wrong
 * password, locked, disabled): a different one would tell a stranger which addresses have accounts.
 */
final class SignInFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException {
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
