package org.sipar.identity;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sipar.platform.Viewer;
import org.springframework.security.core.Authentication;

/**
 * The person behind the current request, whether signed in by form, token or HTTP Basic. Serializable: a signed-in
 * person's web session, which holds it, is kept in PostgreSQL so that every node can read it.
 */
public record CurrentUser(UUID personId, String email, String displayName, UUID organisationId,
                          String organisationName, Set<Role> roles) implements Viewer, java.io.Serializable {

    /** The current user of an authentication made by Sipar, if it is one. */
    public static Optional<CurrentUser> of(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof Principal p) {
            return Optional.of(p.user());
        }
        return Optional.empty();
    }

    /** Whether the person runs the national platform. */
    public boolean isHubAdmin() {
        return roles.contains(Role.HUB_ADMIN);
    }

    /** Whether the person publishes intelligence: when any of their roles {@linkplain Role#publishes does}. */
    public boolean publishes() {
        return roles.stream().anyMatch(Role::publishes);
    }

    /** Whether the person may manage the people and assets of {@code organisation}. */
    public boolean administers(UUID organisation) {
        return isHubAdmin() || roles.contains(Role.ORG_ADMIN) && organisationId.equals(organisation);
    }

    /** Implemented by the authenticated principals that identity creates. */
    public interface Principal {

        /** The person the principal stands for. */
        CurrentUser user();
    }
}
