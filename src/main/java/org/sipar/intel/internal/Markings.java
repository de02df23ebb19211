package org.sipar.intel.internal;

import java.util.Optional;
import org.sipar.intel.Tlp;
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

    /** The PAP level from a MISP-style {@code PAP:...} label, or null. */
    static String pap(JsonNode object) {
        for (JsonNode label : object.path("labels")) {
            String text = label.asString();
            if (text.regionMatches(true, 0, "PAP:", 0, 4)) {
                return text.substring(4).toUpperCase(java.util.Locale.ROOT);
            }
        }
        return null;
    }
}
