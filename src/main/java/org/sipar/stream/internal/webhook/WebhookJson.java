package org.sipar.stream.internal.webhook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sipar.platform.InputRejected;
import org.sipar.stream.internal.FeedFilter;
import tools.jackson.databind.JsonNode;

/** Endpoints as the REST API shows them, and filters as it reads them (the stream's query parameters, as JSON). */
final class WebhookJson {

    private WebhookJson() {
    }

    /** An endpoint as the API lists it; {@code secret} only in the answer that made it. */
    record View(UUID id, String name, String url, Map<String, Object> filters, boolean paused, String pausedReason,
                int consecutiveFailures, long cursor, Instant createdAt, Instant updatedAt, String secret) {

        static View of(Endpoint e, String secret) {
            return new View(e.id(), e.name(), e.url(), describe(e.filter()), e.paused(), e.pausedReason(),
                    e.consecutiveFailures(), e.cursor(), e.createdAt(), e.updatedAt(), secret);
        }
    }

    /** The filter as its parameters name it, each part set; empty parts left out. */
    static Map<String, Object> describe(FeedFilter f) {
        Map<String, Object> parts = new LinkedHashMap<>();
        if (!f.types().isEmpty()) {
            parts.put("type", f.types().stream().sorted().toList());
        }
        if (!f.labels().isEmpty()) {
            parts.put("label", f.labels().stream().sorted().toList());
        }
        if (!f.tlps().isEmpty()) {
            parts.put("tlp", f.tlps().stream().sorted().map(t -> t.label().toLowerCase(java.util.Locale.ROOT)).toList());
        }
        if (f.minConfidence() != null) {
            parts.put("min_confidence", f.minConfidence());
        }
        if (f.collection() != null) {
            parts.put("collection", f.collection().toString());
        }
        return parts;
    }

    /** The filter in a line, such as {@code type=indicator,malware; tlp=amber}; empty when it admits everything. */
    static String sentence(FeedFilter f) {
        return describe(f).entrySet().stream().map(e -> e.getKey() + "=" + (e.getValue() instanceof List<?> l
                ? String.join(",", l.stream().map(String::valueOf).toList()) : e.getValue()))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** The filter of a JSON object such as {@code {"type": ["indicator"], "tlp": "amber", "min_confidence": 50}}. */
    static FeedFilter filter(JsonNode filters) {
        if (filters == null || filters.isNull() || filters.isMissingNode()) {
            return FeedFilter.EVERYTHING;
        }
        if (!filters.isObject()) {
            throw new InputRejected("filters", filters.toString(), "must be an object of the stream's filters");
        }
        Map<String, String[]> parameters = new HashMap<>();
        List<InputRejected.Problem> unknown = new ArrayList<>();
        filters.properties().forEach(p -> {
            if (!FeedFilter.PARAMETERS.contains(p.getKey())) {
                unknown.add(new InputRejected.Problem(p.getKey(), p.getValue().toString(),
                        "is not a filter: expected one of " + FeedFilter.PARAMETERS));
            }
            parameters.put(p.getKey(), values(p.getValue()));
        });
        if (!unknown.isEmpty()) {
            throw new InputRejected(unknown);
        }
        return FeedFilter.parse(parameters);
    }

    private static String[] values(JsonNode value) {
        if (value.isArray()) {
            return value.valueStream().map(JsonNode::asString).toArray(String[]::new);
        }
        return value.isNull() ? new String[0] : new String[] {value.asString()};
    }

}
