package org.sipar.identity.internal;

import java.time.Instant;

/**
 * A token as the tokens page shows it: its instants (the page formats them for its language and zone), its scope ({@code read}, {@code taxii}, {@code write}),
 * where it was last used from, and its status as a message key.
 */
public record TokenView(String id, String name, String hint, String scope, Instant createdAt, Instant expiresAt,
                        Instant lastUsedAt, String lastUsedFrom, String status, boolean revocable) {

    /** The token as of {@code now}, which decides whether it shows as active or expired. */
    static TokenView of(ApiTokens.Token t, Instant now) {
        String status = t.revokedAt() != null ? "token.revoked" : t.activeAt(now) ? "token.active" : "token.expired";
        return new TokenView(t.id().toString(), t.name(), t.hint(), t.scope().id(), t.createdAt(),
                t.expiresAt(), t.lastUsedAt(), t.lastUsedFrom(), status, t.revokedAt() == null);
    }
}
