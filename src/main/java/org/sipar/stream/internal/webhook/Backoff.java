package org.sipar.stream.internal.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed message is tried again: after the pause its attempt number names in the schedule
 * ({@code sipar.webhooks.retries}, 5 s, 30 s, 2 min, 10 min, 1 h, 3 h, 6 h unless set), lengthened by up to a
 * tenth at random so that an endpoint back from an outage is not hit by every message at the same instant.
 */
final class Backoff {

    private final List<Duration> retries;

    Backoff(List<Duration> retries) {
        this.retries = List.copyOf(retries);
    }

    /** When attempt {@code attempt} (1 for the first) having failed at {@code now}, the next is due; null: dead. */
    Instant next(int attempt, Instant now) {
        if (attempt > retries.size()) {
            return null;
        }
        Duration pause = retries.get(attempt - 1);
        long jitter = (long) (pause.toMillis() * 0.1 * ThreadLocalRandom.current().nextDouble());
        return now.plus(pause).plusMillis(jitter);
    }
}
