package org.sipar.detect.internal.engine;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.sipar.sharing.Distribution;

/**
 * An indicator version that took a row, as those who act on new intelligence (the retro-hunt) are told of it: its id,
 * whose copy it is and under which distribution, the canonical values it names, and when it was stored.
 */
public record Arrival(String indicator, UUID producer, Distribution distribution, List<Key> keys, Instant added) {

    public Arrival {
        keys = List.copyOf(keys);
    }

    /** Told of each arrival, on the thread that follows the change log: quick, or hand the work on. */
    @FunctionalInterface
    public interface Listener {
        void arrived(Arrival arrival);
    }
}
