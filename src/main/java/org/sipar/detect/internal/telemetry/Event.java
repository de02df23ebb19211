package org.sipar.detect.internal.telemetry;

import java.time.Instant;
import java.util.List;

/**
 * What one log line said: its line number in the upload (from 1), the time it carries ({@code null} when the
 * log has none) and the distinct observables found in it, in the order of the mapping.
 */
public record Event(long line, Instant time, List<Observable> observables) {

    public Event {
        if (line < 1) {
            throw new IllegalArgumentException("line numbers start at 1, not " + line);
        }
        observables = List.copyOf(observables);
    }
}
