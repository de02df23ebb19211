package org.sipar.platform;

import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * Service provider interface, implemented by the identity module: the person behind a web session as the
 * directory has them now. A session keeps what was true at sign-in; without this check a person disabled or
 * demoted by an administrator would keep their access until the session expired.
 */
public interface SessionPeople {

    /**
     * {@code signedIn} (read back from a web session) with its person's current roles and organisation, the same
     * instance when nothing changed; empty when the person may no longer be signed in (disabled or removed).
     */
    Optional<Authentication> asNow(Authentication signedIn);
}
