package org.sipar.intel;

import java.util.UUID;
import org.sipar.sharing.Tlp;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** STIX objects for the object-page tests, built as JSON trees so that hostile text needs no hand escaping. */
final class PageObjects {

    private static final JsonMapper JSON = JsonMapper.shared();

    private PageObjects() {
    }

    /** A fresh object of {@code type} marked {@code tlp}, with the common properties set. */
    static ObjectNode object(String type, Tlp tlp) {
        ObjectNode o = JSON.createObjectNode();
        o.put("type", type).put("spec_version", "2.1").put("id", type + "--" + UUID.randomUUID())
                .put("created", "2026-03-01T00:00:00.000Z").put("modified", "2026-03-02T00:00:00.000Z");
        o.putArray("object_marking_refs").add(tlp.markingId());
        return o;
    }

    static ObjectNode named(String type, Tlp tlp, String name) {
        ObjectNode o = object(type, tlp).put("name", name);
        if (type.equals("malware")) {
            o.put("is_family", false);
        }
        if (type.equals("identity")) {
            o.put("identity_class", "organization");
        }
        return o;
    }

    static ObjectNode indicator(Tlp tlp, String name, String pattern) {
        return named("indicator", tlp, name).put("pattern", pattern).put("pattern_type", "stix")
                .put("valid_from", "2026-03-01T00:00:00Z");
    }

    static ObjectNode relationship(Tlp tlp, String type, String source, String target) {
        return object("relationship", tlp).put("relationship_type", type).put("source_ref", source).put("target_ref", target);
    }

    static ObjectNode report(Tlp tlp, String name, String... refs) {
        ObjectNode o = named("report", tlp, name).put("published", "2026-03-01T00:00:00Z");
        ArrayNode array = o.putArray("object_refs");
        for (String ref : refs) {
            array.add(ref);
        }
        return o;
    }

    static String id(ObjectNode o) {
        return o.path("id").asString();
    }

    static String bundle(ObjectNode... objects) {
        ObjectNode b = JSON.createObjectNode().put("type", "bundle").put("id", "bundle--" + UUID.randomUUID());
        ArrayNode array = b.putArray("objects");
        for (ObjectNode o : objects) {
            array.add(o);
        }
        return b.toString();
    }

    /** The page without its folded raw JSON, which repeats the object as received (ids of what it names included). */
    static String rendered(String page) {
        int raw = page.indexOf("<details class=\"card raw\">");
        return raw < 0 ? page : page.substring(0, raw);
    }
}
