package org.sipar.intel.internal.web;

import java.util.ArrayList;
import java.util.List;
import org.sipar.intel.StoredObject;
import org.sipar.sharing.Tlp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stored object as the pages show it: its name (or a stand-in), TLP, PAP (or null), the parts marked by
 * granular markings, and the pretty-printed JSON.
 */
public record ObjectView(String id, String type, String name, String description, String tlp, String pap,
                         List<MarkedPart> markedParts, String modified, boolean revoked, String json) {

    static ObjectView of(StoredObject stored, JsonMapper mapper) {
        JsonNode object = stored.content();
        String name = object.path("name").asString(object.path("value").asString(stored.type()));
        return new ObjectView(stored.id(), stored.type(), name, object.path("description").asString(""),
                stored.tlp().label(), stored.pap(), markedParts(object), stored.modified(),
                stored.revoked(), mapper.writerWithDefaultPrettyPrinter().writeValueAsString(object));
    }

    private static List<MarkedPart> markedParts(JsonNode object) {
        List<MarkedPart> parts = new ArrayList<>();
        for (JsonNode marking : object.path("granular_markings")) {
            String ref = marking.path("marking_ref").asString(marking.path("lang").asString(""));
            String label = Tlp.ofMarking(ref).map(t -> "TLP:" + t.label()).orElse(ref);
            marking.path("selectors").forEach(s -> parts.add(new MarkedPart(s.asString(""), label)));
        }
        return parts;
    }

    /** A part of the object (a granular-marking selector) and the marking on it. */
    public record MarkedPart(String selector, String marking) {
    }

    /** MITRE's copyright statement marking, which every object of its ATT&amp;CK bundles carries. */
    static final String MITRE_MARKING = "marking-definition--fa42a846-8d90-4e51-bc29-71d5b4802168";

    /**
     * Whether the object is MITRE's (it carries MITRE's copyright marking): its page then reproduces MITRE's
     * notice, as MITRE's ATT&amp;CK terms of use ask of every copy.
     */
    public boolean mitre() {
        for (JsonNode ref : JsonMapper.shared().readTree(json).path("object_marking_refs")) {
            if (MITRE_MARKING.equals(ref.asString(""))) {
                return true;
            }
        }
        return false;
    }

    /** The CSS class of the PAP badge. */
    public String papClass() {
        return "tlp-" + (pap == null ? "" : pap.toLowerCase(java.util.Locale.ROOT));
    }

    /** The CSS class of the TLP badge. */
    public String tlpClass() {
        return "tlp-" + tlp.toLowerCase(java.util.Locale.ROOT).replace('+', '-');
    }
}
