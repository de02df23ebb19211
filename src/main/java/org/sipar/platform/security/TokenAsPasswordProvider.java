package org.sipar.platform.security;

import org.sipar.platform.Credentials;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Lets HTTP Basic carry an API token as the password, as TAXII clients do. The user name must be the
 * token owner's e-mail, so a leaked token cannot be replayed under another name.
 */
final class TokenAsPasswordProvider implements AuthenticationProvider {

    private final Credentials credentials;

    TokenAsPasswordProvider(Credentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        Object secret = request.getCredentials();
        if (!(secret instanceof String token) || !credentials.looksLikeToken(token)) {
            return null;
        }
        String ip = request.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        Authentication caller = credentials.authenticateToken(token, ip)
                .orElseThrow(() -> new BadCredentialsException("Invalid, expired or revoked token"));
        if (!caller.getName().equalsIgnoreCase(request.getName())) {
            throw new BadCredentialsException("The token does not belong to " + request.getName());
        }
        return caller;
    }

    @Override
    public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
    }
}
