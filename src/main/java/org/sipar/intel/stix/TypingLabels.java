package org.sipar.intel.stix;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * STIX 2.0 typed indicators, malware, reports, threat actors and tools by their labels; 2.1 gives each type
 * its own *_types property with an open vocabulary. Labels that fit the vocabulary (ignoring case, with
 * underscores and spaces read as hyphens) move there, labels that only repeat the type ("malware" on a
 * malware) are dropped, and the rest stay labels.
 */
final class TypingLabels {

    private record Typing(String property, Vocabulary vocabulary) {
    }

    private static final Map<String, Typing> BY_TYPE = Map.of(
            "indicator", new Typing("indicator_types", VocabularyValues.INDICATOR_TYPE),
            "malware", new Typing("malware_types", VocabularyValues.MALWARE_TYPE),
            "report", new Typing("report_types", VocabularyValues.REPORT_TYPE),
            "threat-actor", new Typing("threat_actor_types", VocabularyValues.THREAT_ACTOR_TYPE),
            "tool", new Typing("tool_types", VocabularyValues.TOOL_TYPE));

    private static final String UNKNOWN = "unknown";

    private TypingLabels() {
    }

    /** Sorts the object's labels into its *_types property, in place, and notes what it did. */
    static void upgrade(ObjectNode object, String type, List<String> notes) {
        Typing typing = BY_TYPE.get(type);
        JsonNode labels = object.get("labels");
        if (typing == null || labels == null || !labels.isArray() || labels.isEmpty() || object.has(typing.property())) {
            return;
        }
        Set<String> types = new LinkedHashSet<>();
        Set<String> dropped = new LinkedHashSet<>();
        ArrayNode kept = object.arrayNode();
        for (JsonNode label : labels) {
            String value = label.isString() ? normalised(label.stringValue()) : null;
            if (value != null && typing.vocabulary().contains(value)) {
                types.add(value);
            } else if (type.equals(value)) {
                dropped.add(label.stringValue());
            } else {
                kept.add(label);
            }
        }
        apply(object, typing, types, kept, notes);
        if (!dropped.isEmpty()) {
            notes.add("dropped labels " + quoted(dropped) + ", which only name the object's type");
        }
    }

    private static void apply(ObjectNode object, Typing typing, Set<String> types, ArrayNode kept, List<String> notes) {
        boolean unknown = types.isEmpty() && typing.vocabulary().contains(UNKNOWN);
        if (unknown) {
            types.add(UNKNOWN); // 2.0 required a typing label; "unknown" says that none of them fits 2.1's
        }
        if (!types.isEmpty()) {
            ArrayNode list = object.putArray(typing.property());
            types.forEach(list::add);
            notes.add((unknown ? "set " + typing.property() + " to 'unknown': no label fits "
                    : "moved labels " + quoted(types) + " into " + typing.property() + " from ")
                    + typing.vocabulary().name());
        }
        if (kept.isEmpty()) {
            object.remove("labels");
        } else if (kept.size() < object.get("labels").size()) {
            object.set("labels", kept);
            notes.add("kept labels " + kept + ", which fit no " + typing.vocabulary().name() + " value");
        }
    }

    private static String normalised(String label) {
        return label.strip().toLowerCase(Locale.ROOT).replaceAll("[_ ]+", "-");
    }

    private static String quoted(Set<String> values) {
        return "'" + String.join("', '", values) + "'";
    }
}
