package org.sipar.detect.internal.evaluate;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@link Observation}s from STIX 2.1 JSON: an observed-data object with its SCOs inline (the deprecated
 * {@code objects} dictionary, keys such as {@code "0"}), or a bundle whose observed-data name their SCOs by
 * {@code object_refs}; then the SCOs named are taken from the bundle, with those they reference in turn (a
 * network-traffic's {@code src_ref}, a domain-name's {@code resolves_to_refs}), keyed by id.
 */
public final class ObservedData {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private ObservedData() {
    }

    /** The observation an observed-data object with inline {@code objects} describes. */
    public static Observation of(JsonNode observedData) {
        return of(observedData, Map.of());
    }

    /** Every observed-data of {@code bundle}, in its order, with SCOs resolved within the bundle. */
    public static List<Observation> fromBundle(JsonNode bundle) {
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        List<JsonNode> observedData = new ArrayList<>();
        for (JsonNode object : bundle.path("objects")) {
            byId.put(object.path("id").asString(), toMap(object));
            if ("observed-data".equals(object.path("type").asString())) {
                observedData.add(object);
            }
        }
        return observedData.stream().map(data -> of(data, byId)).toList();
    }

    private static Observation of(JsonNode data, Map<String, Map<String, Object>> bundle) {
        String id = data.path("id").asString("");
        if (!data.path("number_observed").canConvertToInt()) {
            throw new IllegalArgumentException("observed-data " + id + " has no integer number_observed but "
                    + data.path("number_observed"));
        }
        return new Observation(id, instant(data, "first_observed"), instant(data, "last_observed"),
                data.path("number_observed").asInt(), objects(data, bundle));
    }

    private static Map<String, Map<String, Object>> objects(JsonNode data, Map<String, Map<String, Object>> bundle) {
        Map<String, Map<String, Object>> objects = new LinkedHashMap<>();
        if (data.path("objects").isObject() && !data.path("objects").isEmpty()) {
            data.path("objects").properties().forEach(entry -> objects.put(entry.getKey(), toMap(entry.getValue())));
            return objects;
        }
        Deque<String> wanted = new ArrayDeque<>();
        data.path("object_refs").forEach(ref -> wanted.add(ref.asString()));
        while (!wanted.isEmpty()) {
            String ref = wanted.poll();
            Map<String, Object> object = bundle.get(ref);
            if (object != null && objects.putIfAbsent(ref, object) == null) {
                collectReferences(object, wanted);
            }
        }
        return objects;
    }

    // The ids an SCO names by *_ref and *_refs at any depth (extensions hold references too).
    private static void collectReferences(Object value, Deque<String> wanted) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, inner) -> {
                String name = String.valueOf(key);
                if (name.endsWith("_ref") && inner instanceof String id) {
                    wanted.add(id);
                } else if (name.endsWith("_refs") && inner instanceof List<?> ids) {
                    ids.stream().filter(String.class::isInstance).map(String.class::cast).forEach(wanted::add);
                } else {
                    collectReferences(inner, wanted);
                }
            });
        } else if (value instanceof List<?> list) {
            list.forEach(element -> collectReferences(element, wanted));
        }
    }

    private static Instant instant(JsonNode data, String property) {
        Instant instant = data.path(property).isString() ? Values.timestamp(data.path(property).asString()) : null;
        if (instant == null) {
            throw new IllegalArgumentException("observed-data " + data.path("id").asString("") + " has no timestamp "
                    + property + " but " + data.path(property));
        }
        return instant;
    }

    private static Map<String, Object> toMap(JsonNode object) {
        return JsonMapper.shared().convertValue(object, OBJECT);
    }
}
