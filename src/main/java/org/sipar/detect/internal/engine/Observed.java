package org.sipar.detect.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sipar.detect.internal.engine.Key.Kind;
import tools.jackson.databind.JsonNode;

/**
 * The keys an observable of the match API carries, read from its JSON as STIX writes the object: {@code type} and
 * {@code value} for addresses, domain names, URLs and e-mail addresses; a {@code file}'s {@code hashes}; and of
 * any other object (and a file) its text properties, such as a mutex's {@code name}. An observable that cannot be read is refused with what is wrong in it.
 */
public final class Observed {

    private static final Map<String, Kind> BY_TYPE = Map.of("ipv4-addr", Kind.IPV4, "ipv6-addr", Kind.IPV6,
            "domain-name", Kind.DOMAIN, "url", Kind.URL, "email-addr", Kind.EMAIL);
    private static final java.util.Set<String> NOT_COMPARED = java.util.Set.of("type", "id", "spec_version");

    private Observed() {
    }

    /** The keys of {@code observable}, canonical; refused naming the member that is missing or wrong. */
    static List<Key> keys(JsonNode observable, Canonical canonical) {
        String type = observable.path("type").asString("");
        if (type.isEmpty()) {
            throw new IllegalArgumentException("An observable needs its STIX type, such as \"ipv4-addr\"");
        }
        Kind kind = BY_TYPE.get(type);
        if (kind == null) {
            return properties(type, observable, canonical);
        }
        String value = observable.path("value").asString("");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("An observable of type \"" + type + "\" needs a \"value\"");
        }
        if ((kind == Kind.IPV4 || kind == Kind.IPV6) && value.contains("/")) {
            throw new IllegalArgumentException("An observed address is one address, not the range \"" + value + "\"");
        }
        return List.of(canonical.apply(new Key(kind, value)));
    }

    /** A file's hashes, and of any other object its text properties, as {@code type:property=value}. */
    private static List<Key> properties(String type, JsonNode observable, Canonical canonical) {
        List<Key> keys = new ArrayList<>(type.equals("file") ? hashes(observable.path("hashes"), canonical) : List.of());
        observable.properties().forEach(p -> {
            if (p.getValue().isString() && !NOT_COMPARED.contains(p.getKey())) {
                keys.add(new Key(Kind.PROPERTY, type + ":" + p.getKey() + "=" + p.getValue().asString()));
            }
        });
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("An observable of type \"" + type + "\" needs a property to compare"
                    + (type.equals("file") ? ", such as \"hashes\": {\"SHA-256\": \"...\"}" : ", such as \"value\""));
        }
        return keys;
    }

    private static final Canonical CANONICAL = new Canonical();

    /**
     * One value a log carried, as matching asks it: {@code property} is {@code value} or a file's
     * {@code hashes.'ALGORITHM'}; refused (naming it) when the value is not of its kind.
     */
    public static Matches.Asked asked(String type, String property, String value) {
        if (type.equals("file") && property.startsWith("hashes.")) {
            String algorithm = property.substring("hashes.".length()).replace("'", "");
            return new Matches.Asked(List.of(CANONICAL.apply(new Key(Kind.HASH, algorithm + ":" + value))),
                    Map.of("type", "file", "hashes", Map.of(algorithm, value)));
        }
        Kind kind = property.equals("value") ? BY_TYPE.get(type) : null;
        Key key = kind == null ? new Key(Kind.PROPERTY, type + ":" + property + "=" + value) : CANONICAL.apply(new Key(kind, value));
        return new Matches.Asked(List.of(key), Map.of("type", type, property, value));
    }

    /** The observable as the STIX object the evaluator reads: JSON as maps, lists, strings, numbers and booleans. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(JsonNode observable) {
        return tools.jackson.databind.json.JsonMapper.shared().convertValue(observable, Map.class);
    }

    private static List<Key> hashes(JsonNode hashes, Canonical canonical) {
        List<Key> keys = new ArrayList<>();
        hashes.properties().forEach(e -> keys.add(canonical.apply(new Key(Kind.HASH, e.getKey() + ":" + e.getValue().asString("")))));
        return keys;
    }
}
