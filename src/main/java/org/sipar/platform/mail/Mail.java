package org.sipar.platform.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * A mail as the administration page lists it.
 *
 * @param status queued (waiting, or being sent), sent or dead
 * @param lastError what went wrong at the last attempt, null when it succeeded or none was made
 */
public record Mail(long id, String messageId, String recipient, String kind, String reference, String subject,
                   String status, int attempts, Instant nextAttemptAt, Instant lastAttemptAt, String lastError,
                   Instant queuedAt, Instant sentAt, Instant deadAt) {

    static Mail row(ResultSet rs, int n) throws SQLException {
        return new Mail(rs.getLong("id"), rs.getString("message_id"), rs.getString("recipient"), rs.getString("kind"),
                rs.getString("reference"), rs.getString("subject"), rs.getString("status"), rs.getInt("attempts"),
                instant(rs.getTimestamp("next_attempt_at")), instant(rs.getTimestamp("last_attempt_at")),
                rs.getString("last_error"), instant(rs.getTimestamp("queued_at")), instant(rs.getTimestamp("sent_at")),
                instant(rs.getTimestamp("dead_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
