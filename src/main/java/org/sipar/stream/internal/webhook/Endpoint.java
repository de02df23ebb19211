package org.sipar.stream.internal.webhook;

import java.time.Instant;
import java.util.UUID;
import org.sipar.stream.internal.FeedFilter;

/**
 * A webhook endpoint as stored, without its secret.
 *
 * @param createdBy the administrator who registered it (it acts for the organisation, not for them)
 * @param pausedReason {@code manual} or {@code failures} when paused, else null
 * @param cursor the position in the change log after which it has not been told yet
 * @param consecutiveFailures failed attempts since the last delivered one
 */
public record Endpoint(UUID id, UUID organisationId, UUID createdBy, String name, String url, FeedFilter filter,
                       boolean paused, String pausedReason, long cursor, int consecutiveFailures, Instant createdAt,
                       Instant updatedAt) {

    /** Whether Sipar paused it after failures, which its page tells its administrator. */
    public boolean pausedForFailures() {
        return paused && "failures".equals(pausedReason);
    }
}
