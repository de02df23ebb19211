package org.sipar.detect.internal.evaluate;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What one STIX observed-data object says was seen: its id (for a sighting's {@code observed_data_refs}), the
 * interval it covers, how many times it was seen in it, and its SCOs by key, each a JSON-like map (maps, lists,
 * strings, numbers, booleans) with its {@code type}. References ({@code *_ref}, {@code *_refs}) name other keys of
 * the same map: object keys such as {@code "0"} (the deprecated {@code objects} form) or SCO ids (the 2.1
 * {@code object_refs} form, see {@link ObservedData}).
 *
 * @param id the observed-data id, such as {@code observed-data--b67d30ff-02ac-498a-92f9-32f845f448cf}
 * @param firstObserved the start of the interval
 * @param lastObserved the end of the interval, not before its start
 * @param numberObserved how many times the objects were seen, at least 1
 * @param objects the SCOs by key; maps given are not copied deeply, so the caller must not change them later
 */
public record Observation(String id, Instant firstObserved, Instant lastObserved, int numberObserved,
        Map<String, Map<String, Object>> objects) {

    /** An observation; refused when a part is missing, the interval runs backwards or the count is below 1. */
    public Observation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(firstObserved, "firstObserved");
        Objects.requireNonNull(lastObserved, "lastObserved");
        if (lastObserved.isBefore(firstObserved)) {
            throw new IllegalArgumentException("observation " + id + " ends at " + lastObserved
                    + ", before it begins at " + firstObserved);
        }
        if (numberObserved < 1) {
            throw new IllegalArgumentException("observation " + id + " needs number_observed of at least 1 but got "
                    + numberObserved);
        }
        objects = Map.copyOf(Objects.requireNonNull(objects, "objects"));
    }

    /** One sighting of {@code objects} at the instant {@code at}. */
    public static Observation at(String id, Instant at, Map<String, Map<String, Object>> objects) {
        return new Observation(id, at, at, 1, objects);
    }
}
