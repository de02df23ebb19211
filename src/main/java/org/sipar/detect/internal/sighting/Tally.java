package org.sipar.detect.internal.sighting;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The matches of one batch of telemetry, counted per indicator copy and window before they are stored: a log of a
 * million lines that hit one indicator a million times is one row to add to, not a million.
 */
final class Tally {

    /** One sighting's share of the batch. */
    record Count(String indicator, UUID producer, long windowStart, long count, long firstSeen, long lastSeen) {

        Count plus(long at) {
            return new Count(indicator, producer, windowStart, count + 1, Math.min(firstSeen, at), Math.max(lastSeen, at));
        }
    }

    private record Cell(String indicator, UUID producer, long windowStart) {
    }

    private final Map<Cell, Count> counts = new HashMap<>();
    private long matches;

    /** Counts a match of {@code indicator}'s copy of {@code producer} seen at {@code at} (epoch seconds). */
    void add(String indicator, UUID producer, long windowStart, long at) {
        matches++;
        counts.merge(new Cell(indicator, producer, windowStart), new Count(indicator, producer, windowStart, 1, at, at),
                (held, one) -> held.plus(at));
    }

    Collection<Count> counts() {
        return counts.values();
    }

    long matches() {
        return matches;
    }

    boolean isEmpty() {
        return counts.isEmpty();
    }

    void clear() {
        counts.clear();
        matches = 0;
    }
}
