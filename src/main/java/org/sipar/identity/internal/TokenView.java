package org.sipar.identity.internal;

import java.time.Instant;

/** A token as the tokens page shows it: dates as text, and its status as a message key. */
public record TokenView(String id, String name, String hint, String createdAt, String expiresAt, String lastUsedAt,
                        String status, boolean revocable) {

    static TokenView of(ApiTokens.Token t) {
        String status = t.revokedAt() != null ? "token.revoked" : t.active() ? "token.active" : "token.expired";
        return new TokenView(t.id().toString(), t.name(), t.hint(), minutes(t.createdAt()), minutes(t.expiresAt()),
                minutes(t.lastUsedAt()), status, t.revokedAt() == null);
    }

    private static String minutes(Instant instant) {
        return instant == null ? null : instant.toString().substring(0, 16).replace('T', ' ') + "Z";
    }
}
