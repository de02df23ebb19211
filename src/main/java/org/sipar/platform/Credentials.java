package org.sipar.platform;

import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * Service provider interface for API tokens, implemented by the identity module, so that the security
 * filter chains in this module can accept tokens without knowing where they are kept.
 */
public interface Credentials {

    /** Whether the string has the form of a Sipar API token (so Basic auth should try it as one). */
    boolean looksLikeToken(String secret);

    /** The authenticated caller the token belongs to, if it is valid, unexpired and unrevoked. */
    Optional<Authentication> authenticateToken(String token, String sourceIp);
}
