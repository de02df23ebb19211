package org.sipar.intel;

import java.util.UUID;

/** STIX objects made up for tests. */
final class StixFixtures {

    private StixFixtures() {
    }

    /** A valid indicator with a unique word in its name, marked with {@code marking} (or unmarked when null). */
    static String indicator(String id, String word, String marking, String modified) {
        return """
                {"type":"indicator","spec_version":"2.1","id":"%s","created":"2026-01-01T00:00:00.000Z",
                 "modified":"%s","name":"Indicator %s","pattern":"[ipv4-addr:value = '198.51.100.7']",
                 "pattern_type":"stix","valid_from":"2026-01-01T00:00:00Z"%s}"""
                .formatted(id, modified, word, marking == null ? "" : ",\"object_marking_refs\":[\"" + marking + "\"]");
    }

    static String newIndicatorId() {
        return "indicator--" + UUID.randomUUID();
    }

    static String bundle(String... objects) {
        return "{\"type\":\"bundle\",\"id\":\"bundle--" + UUID.randomUUID() + "\",\"objects\":[" + String.join(",", objects) + "]}";
    }
}
