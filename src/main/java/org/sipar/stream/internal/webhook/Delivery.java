package org.sipar.stream.internal.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * A delivery as listed on its endpoint's page and in the API.
 *
 * @param status pending, delivered or dead
 * @param lastStatus the HTTP status of the last attempt, null when it got no answer
 * @param lastError what went wrong at the last attempt, null when it succeeded
 */
public record Delivery(long id, String messageId, long position, String eventType, String status, int attempts,
                       Instant nextAttemptAt, Instant lastAttemptAt, Integer lastStatus, String lastError,
                       Instant createdAt, Instant finishedAt) {

    static Delivery row(ResultSet rs, int n) throws SQLException {
        return new Delivery(rs.getLong("id"), rs.getString("message_id"), rs.getLong("position"),
                rs.getString("event_type"), rs.getString("status"), rs.getInt("attempts"),
                instant(rs.getTimestamp("next_attempt_at")), instant(rs.getTimestamp("last_attempt_at")),
                rs.getObject("last_status", Integer.class), rs.getString("last_error"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("finished_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
