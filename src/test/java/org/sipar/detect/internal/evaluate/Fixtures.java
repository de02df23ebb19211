package org.sipar.detect.internal.evaluate;

import java.time.Instant;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Observations for the evaluator's tests, their SCOs written as JSON. */
final class Fixtures {

    static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    private static final TypeReference<Map<String, Map<String, Object>>> OBJECTS = new TypeReference<>() {
    };

    private Fixtures() {
    }

    /** One sighting, {@code seconds} after {@link #T0}, of the SCOs in the JSON object {@code objects}. */
    static Observation at(String id, long seconds, String objects) {
        return Observation.at(id, T0.plusSeconds(seconds), objects(objects));
    }

    /** {@code count} sightings between {@code from} and {@code to} seconds after {@link #T0}. */
    static Observation seen(String id, long from, long to, int count, String objects) {
        return new Observation(id, T0.plusSeconds(from), T0.plusSeconds(to), count, objects(objects));
    }

    static Map<String, Map<String, Object>> objects(String json) {
        return JsonMapper.shared().readValue(json, OBJECTS);
    }
}
