package org.sipar.identity.internal;

import java.time.Instant;

/**
 * A token as the tokens page shows it: dates as text, its scope ({@code read}, {@code taxii}, {@code write}),
 * where it was last used from, and its status as a message key.
 */
public record TokenView(String id, String name, String hint, String scope, String createdAt, String expiresAt,
                        String lastUsedAt, String lastUsedFrom, String status, boolean revocable) {

    /** The token as of {@code now}, which decides whether it shows as active or expired. */
    static TokenView of(ApiTokens.Token t, Instant now) {
        String status = t.revokedAt() != null ? "token.revoked" : t.activeAt(now) ? "token.active" : "token.expired";
        return new TokenView(t.id().toString(), t.name(), t.hint(), t.scope().id(), minutes(t.createdAt()),
                minutes(t.expiresAt()), minutes(t.lastUsedAt()), t.lastUsedFrom(), status, t.revokedAt() == null);
    }

    private static String minutes(Instant instant) {
        return instant == null ? null : instant.toString().substring(0, 16).replace('T', ' ') + "Z";
    }
}
