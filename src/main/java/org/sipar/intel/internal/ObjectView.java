package org.sipar.intel.internal;

import org.sipar.intel.StoredObject;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A stored object as the pages show it: its name (or a stand-in), TLP, and the pretty-printed JSON. */
public record ObjectView(String id, String type, String name, String description, String tlp, String modified,
                         boolean revoked, String json) {

    static ObjectView of(StoredObject stored, JsonMapper mapper) {
        JsonNode object = mapper.readTree(stored.json());
        String name = object.path("name").asString(object.path("value").asString(stored.type()));
        return new ObjectView(stored.id(), stored.type(), name, object.path("description").asString(""),
                stored.tlp().label(), stored.modified(), object.path("revoked").asBoolean(false),
                mapper.writerWithDefaultPrettyPrinter().writeValueAsString(object));
    }

    /** The CSS class of the TLP badge. */
    public String tlpClass() {
        return "tlp-" + tlp.toLowerCase(java.util.Locale.ROOT).replace('+', '-');
    }
}
