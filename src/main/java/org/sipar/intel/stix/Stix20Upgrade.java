package org.sipar.intel.stix;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lifts STIX 2.0 objects to STIX 2.1. It adds what 2.1 requires and 2.0 lacked, moves 2.0's typing labels
 * into the 2.1 *_types properties (see {@link TypingLabels}), and lifts the observables of an observed-data
 * container into SCOs with identifiers. Apart from those labels it never drops or renames a property of the
 * object itself, and it says in its notes what it did.
 */
public final class Stix20Upgrade {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * The outcome of an upgrade. The nodes are fresh copies that belong to the caller.
     *
     * @param object      the object in its 2.1 form
     * @param observables the SCOs lifted out of an observed-data container, empty for other objects
     * @param notes       one sentence per change, in the order made
     */
    public record Result(ObjectNode object, List<ObjectNode> observables, List<String> notes) {

        /** Creates a result; throws NullPointerException naming the missing part. */
        public Result {
            Objects.requireNonNull(object, "object");
            observables = List.copyOf(Objects.requireNonNull(observables, "observables"));
            notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
        }

        /** Returns a copy of the object with object_refs to the observables instead of the objects container, if any. */
        public ObjectNode withObjectRefs() {
            ObjectNode copy = object.deepCopy();
            if (!observables.isEmpty()) {
                copy.remove("objects");
                ArrayNode refs = copy.putArray("object_refs");
                observables.forEach(observable -> refs.add(observable.get("id").stringValue()));
            }
            return copy;
        }
    }

    /** Returns the 2.1 form of a 2.0 object, which stays untouched; throws IllegalArgumentException for others. */
    public Result upgrade(JsonNode object) {
        Objects.requireNonNull(object, "object");
        String type = checkedType(object);
        List<String> notes = new ArrayList<>();
        ObjectNode upgraded = withSpecVersion((ObjectNode) object, notes);
        TypingLabels.upgrade(upgraded, type, notes);
        List<ObjectNode> observables = upgradeByType(upgraded, type, notes);
        return new Result(upgraded, observables, notes);
    }

    /** What each type needs beyond spec_version; returns the SCOs lifted from an observed-data container. */
    private static List<ObjectNode> upgradeByType(ObjectNode object, String type, List<String> notes) {
        switch (type) {
            case "indicator" -> addIndicatorDefaults(object, notes);
            case "malware" -> addIfAbsent(object, "is_family", NODES.booleanNode(true), notes, "2.1 requires it;"
                    + " 2.0 malware objects usually name a family, so set it to false if this one is a single instance");
            case "observed-data" -> {
                return ObservableContainer.lift(object.get("objects"), notes);
            }
            case "marking-definition" -> Nodes.string(object, "definition_type").filter("tlp"::equals).ifPresent(
                    tlp -> notes.add("kept the TLP 1.0 marking as definition_type 'tlp' with definition "
                            + object.path("definition")));
            default -> {
                // the other 2.0 types carry over unchanged
            }
        }
        return List.of();
    }

    private static String checkedType(JsonNode object) {
        String type = object.isObject() ? Nodes.string(object, "type").orElse(null) : null;
        if (type == null || !StixKind.isValidTypeName(type)) {
            throw new IllegalArgumentException("not a STIX object with a valid type: " + Nodes.show(object));
        }
        if ("bundle".equals(type)) {
            throw new IllegalArgumentException("upgrade the objects of bundle " + object.path("id") + " one by one;"
                    + " a 2.1 bundle has no spec_version");
        }
        JsonNode version = object.get("spec_version");
        if (version != null && !(version.isString() && "2.0".equals(version.stringValue()))) {
            throw new IllegalArgumentException("not a STIX 2.0 object: spec_version is " + Nodes.show(version));
        }
        return type;
    }

    /** Copies the object with spec_version "2.1" right after type, where 2.1 examples put it. */
    private static ObjectNode withSpecVersion(ObjectNode original, List<String> notes) {
        ObjectNode upgraded = NODES.objectNode();
        original.forEachEntry((name, value) -> {
            if (!"spec_version".equals(name)) {
                upgraded.set(name, value.deepCopy());
            }
            if ("type".equals(name)) {
                upgraded.put("spec_version", "2.1");
            }
        });
        notes.add(original.has("spec_version") ? "set spec_version to '2.1' (was '2.0')" : "added spec_version '2.1'");
        return upgraded;
    }

    private static void addIndicatorDefaults(ObjectNode indicator, List<String> notes) {
        addIfAbsent(indicator, "pattern_type", NODES.stringNode("stix"), notes,
                "2.0 indicators could only carry STIX patterns");
        if ("stix".equals(Nodes.string(indicator, "pattern_type").orElse(""))) {
            addIfAbsent(indicator, "pattern_version", NODES.stringNode("2.0"), notes,
                    "the pattern is STIX 2.0 patterning, and without it 2.1 would read it as 2.1");
        }
    }

    private static void addIfAbsent(ObjectNode object, String property, JsonNode value, List<String> notes, String why) {
        if (!object.has(property)) {
            object.set(property, value);
            notes.add("added " + property + " " + value + ": " + why);
        }
    }
}
