package org.sipar.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** Answers an unauthenticated machine request with 401, the schemes it may use, and a problem detail. */
final class ProblemEntryPoint implements AuthenticationEntryPoint {

    private final String realm;

    ProblemEntryPoint(String realm) {
        this.realm = realm;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.addHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\", charset=\"UTF-8\"");
        response.addHeader("WWW-Authenticate", "Bearer realm=\"" + realm + "\"");
        String detail = failure == null ? "Authentication required" : failure.getMessage();
        if (request.getRequestURI().startsWith("/taxii2/")) {
            // TAXII clients expect TAXII's error message format and media type, even for bad credentials.
            response.setContentType("application/taxii+json;version=2.1");
            response.getOutputStream().write(("{\"title\":\"Unauthorized\",\"http_status\":\"401\",\"description\":\""
                    + Json.escape(detail) + "\"}").getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\""
                + Json.escape(detail) + "\",\"instance\":\"" + Json.escape(request.getRequestURI()) + "\"}");
    }
}
