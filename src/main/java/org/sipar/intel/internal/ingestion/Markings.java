package org.sipar.intel.internal.ingestion;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sipar.sharing.Tlp;
import tools.jackson.databind.JsonNode;

/** Reads an object's TLP level from its object markings: the strictest TLP marking, if any. */
final class Markings {

    private Markings() {
    }

    static Optional<Tlp> tlp(JsonNode object) {
        Tlp found = null;
        for (JsonNode ref : object.path("object_marking_refs")) {
            Optional<Tlp> tlp = Tlp.ofMarking(ref.asString());
            if (tlp.isPresent()) {
                found = found == null ? tlp.get() : found.stricter(tlp.get());
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The PAP level from a MISP-style {@code PAP:...} label or, failing that, from an object marking that is one of the
     * {@code papMarkings} (marking-definition id to level), as OpenCTI writes PAP; or null.
     */
    static String pap(JsonNode object, Map<String, String> papMarkings) {
        for (JsonNode label : object.path("labels")) {
            String level = papLevel(label.asString(""));
            if (level != null) {
                return level;
            }
        }
        for (JsonNode ref : object.path("object_marking_refs")) {
            String level = papMarkings.get(ref.asString(""));
            if (level != null) {
                return level;
            }
        }
        return null;
    }

    /** The PAP level a marking definition states by its name or its statement, or null if it is none. */
    static String papDefinition(JsonNode definition) {
        String level = papLevel(definition.path("name").asString(""));
        return level != null ? level : papLevel(definition.path("definition").path("statement").asString(""));
    }

    private static String papLevel(String text) {
        return text.regionMatches(true, 0, "PAP:", 0, 4) && text.length() > 4
                ? text.substring(4).strip().toUpperCase(Locale.ROOT) : null;
    }
}
