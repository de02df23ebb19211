package org.sipar.detect.internal.evaluate;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.sipar.intel.pattern.ObjectPath;
import org.sipar.intel.pattern.PathStep;

/**
 * An object path ready to walk an SCO: each step a property, a list index or {@code [*]}. As in the reference
 * matcher, a {@code *_ref} property is replaced by the object it names and a {@code *_refs} list by the list of
 * objects, both looked up in the same observation (a reference that does not resolve selects nothing), and a
 * {@code *_hex} or {@code *_bin} string is read as the bytes it encodes. Keys under {@code hashes} also match
 * when written otherwise ({@code sha256} for {@code 'SHA-256'}), as producers differ.
 */
final class CompiledPath {

    private sealed interface Step {
    }

    private record Property(String name, boolean hashKey) implements Step {
    }

    private record Index(int index) implements Step {
    }

    private record Every() implements Step {
    }

    private final Step[] steps;
    private final boolean hashValue;

    CompiledPath(ObjectPath path) {
        List<Step> compiled = new ArrayList<>();
        boolean afterHashes = false;
        for (PathStep step : path.steps()) {
            compiled.add(switch (step) {
                case PathStep.Property property -> new Property(property.name(), afterHashes);
                case PathStep.Index index -> new Index(index.index());
                case PathStep.AnyIndex any -> new Every();
            });
            afterHashes = step instanceof PathStep.Property property && property.name().equals("hashes");
        }
        steps = compiled.toArray(Step[]::new);
        hashValue = steps[steps.length - 1] instanceof Property last && last.hashKey();
    }

    /** Whether the path ends at a digest under {@code hashes}, whose hex compares case-insensitively. */
    boolean selectsHashValue() {
        return hashValue;
    }

    /** Whether any value the path selects from {@code root} passes {@code test}. */
    boolean anyValue(Map<String, Object> root, Map<String, Map<String, Object>> objects, Predicate<Object> test) {
        return walk(root, 0, objects, test);
    }

    private boolean walk(Object current, int at, Map<String, Map<String, Object>> objects, Predicate<Object> test) {
        if (at == steps.length) {
            return test.test(current);
        }
        return switch (steps[at]) {
            case Property property -> current instanceof Map<?, ?> map
                    && walkInto(property, lookup(map, property), at, objects, test);
            case Index index -> current instanceof List<?> list && index.index() >= 0 && index.index() < list.size()
                    && walk(list.get(index.index()), at + 1, objects, test);
            case Every every -> current instanceof List<?> list
                    && list.stream().anyMatch(element -> walk(element, at + 1, objects, test));
        };
    }

    private boolean walkInto(Property property, Object value, int at, Map<String, Map<String, Object>> objects,
            Predicate<Object> test) {
        if (value == null) {
            return false;
        }
        String name = property.name();
        if (name.endsWith("_ref")) {
            Object referenced = value instanceof String id ? objects.get(id) : null;
            return referenced != null && walk(referenced, at + 1, objects, test);
        }
        if (name.endsWith("_refs")) {
            return value instanceof List<?> ids && walk(dereference(ids, objects), at + 1, objects, test);
        }
        return walk(decoded(name, value), at + 1, objects, test);
    }

    private static List<Object> dereference(List<?> ids, Map<String, Map<String, Object>> objects) {
        List<Object> referenced = new ArrayList<>(ids.size());
        for (Object id : ids) {
            Object object = id instanceof String key ? objects.get(key) : null;
            if (object != null) {
                referenced.add(object);
            }
        }
        return referenced;
    }

    // A value that does not decode stays the string it is, so that it can still be compared as one.
    private static Object decoded(String name, Object value) {
        if (!(value instanceof String text)) {
            return value;
        }
        try {
            if (name.endsWith("_hex")) {
                return HexFormat.of().parseHex(text);
            }
            return name.endsWith("_bin") ? Base64.getDecoder().decode(text) : value;
        } catch (IllegalArgumentException notEncoded) {
            return value;
        }
    }

    private static Object lookup(Map<?, ?> map, Property property) {
        Object value = map.get(property.name());
        if (value != null || !property.hashKey()) {
            return value;
        }
        String wanted = hashKey(property.name());
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (entry.getKey() instanceof String key && hashKey(key).equals(wanted)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static String hashKey(String name) {
        return name.replace("-", "").replace("_", "").toUpperCase(Locale.ROOT);
    }
}
