package org.sipar.detect.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sipar.detect.internal.engine.Key.Kind;
import tools.jackson.databind.JsonNode;

/**
 * The keys an observable of the match API carries, read from its JSON as STIX writes the object: {@code type} and
 * {@code value} (addresses, domain names, URLs, e-mail addresses, and any other object with a value), or a
 * {@code file}'s {@code hashes}. An observable that cannot be read is refused with what is wrong in it.
 */
final class Observed {

    private static final Map<String, Kind> BY_TYPE = Map.of("ipv4-addr", Kind.IPV4, "ipv6-addr", Kind.IPV6,
            "domain-name", Kind.DOMAIN, "url", Kind.URL, "email-addr", Kind.EMAIL);

    private Observed() {
    }

    /** The keys of {@code observable}, canonical; refused naming the member that is missing or wrong. */
    static List<Key> keys(JsonNode observable, Canonical canonical) {
        String type = observable.path("type").asString("");
        if (type.isEmpty()) {
            throw new IllegalArgumentException("An observable needs its STIX type, such as \"ipv4-addr\"");
        }
        if (type.equals("file")) {
            return hashes(observable.path("hashes"), canonical);
        }
        String value = observable.path("value").asString("");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("An observable of type \"" + type + "\" needs a \"value\"");
        }
        Kind kind = BY_TYPE.get(type);
        if ((kind == Kind.IPV4 || kind == Kind.IPV6) && value.contains("/")) {
            throw new IllegalArgumentException("An observed address is one address, not the range \"" + value + "\"");
        }
        return List.of(canonical.apply(kind == null ? new Key(Kind.PROPERTY, type + ":value=" + value) : new Key(kind, value)));
    }

    private static List<Key> hashes(JsonNode hashes, Canonical canonical) {
        if (!hashes.isObject() || hashes.isEmpty()) {
            throw new IllegalArgumentException("A file observable needs \"hashes\", such as {\"SHA-256\": \"...\"}");
        }
        List<Key> keys = new ArrayList<>();
        hashes.properties().forEach(e -> keys.add(canonical.apply(new Key(Kind.HASH, e.getKey() + ":" + e.getValue().asString("")))));
        return keys;
    }
}
