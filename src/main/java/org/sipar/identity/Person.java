package org.sipar.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A person with an account, as others may see them (no secrets). */
public record Person(UUID id, String email, String displayName, UUID organisationId, String organisationName,
                     Set<Role> roles, boolean enabled, boolean locked, Instant lastSignInAt) {
}
