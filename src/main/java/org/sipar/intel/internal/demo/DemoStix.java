package org.sipar.intel.internal.demo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.sipar.intel.stix.Uuid5;
import org.sipar.sharing.Tlp;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the demo's STIX objects: every id a UUIDv5 of its name under one namespace, every time an offset from a
 * fixed instant, every made-up hash from one seeded generator, so that each start writes the very same bundles
 * (and an import of them again stores nothing new).
 */
final class DemoStix {

    private static final UUID NAMESPACE = UUID.fromString("5f0d7c1e-9a3b-5c8e-b0a4-3d2f6e1c9b70");
    private static final Instant BASE = Instant.parse("2026-11-02T06:00:00Z");
    /** STIX timestamps to the millisecond, as the specification asks of created and modified. */
    private static final DateTimeFormatter STIX_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final JsonMapper json;
    private final Random random = new Random(20261102L);
    private final List<ObjectNode> objects = new ArrayList<>();
    private final Tlp tlp;
    private int hour;

    DemoStix(JsonMapper json, Tlp tlp, int startHour) {
        this.json = json;
        this.tlp = tlp;
        this.hour = startHour;
    }

    /** The id of the demo object of {@code type} named {@code name}. */
    static String id(String type, String name) {
        return type + "--" + Uuid5.of(NAMESPACE, (type + ":" + name).getBytes(StandardCharsets.UTF_8));
    }

    /** A made-up SHA-256, from this writer's seeded generator. */
    String hash() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    ObjectNode sdo(String type, String name, String description) {
        ObjectNode o = common(type, id(type, name));
        o.put("name", name).put("description", description);
        return o;
    }

    String indicator(String name, String pattern, String kind) {
        ObjectNode o = sdo("indicator", name, "Seen by the publisher; block and look for it in your logs.");
        o.put("pattern", pattern).put("pattern_type", "stix").put("valid_from", o.path("created").asString());
        o.putArray("indicator_types").add(kind);
        return o.path("id").asString();
    }

    String relationship(String type, String source, String target) {
        ObjectNode o = common("relationship", id("relationship", type + " " + source + " " + target));
        o.put("relationship_type", type).put("source_ref", source).put("target_ref", target);
        return o.path("id").asString();
    }

    void report(String name, String description, List<String> refs) {
        ObjectNode o = sdo("report", name, description);
        o.put("published", o.path("created").asString());
        o.putArray("report_types").add("threat-report");
        ArrayNode objectRefs = o.putArray("object_refs");
        refs.forEach(objectRefs::add);
    }

    private ObjectNode common(String type, String id) {
        String at = STIX_TIME.format(BASE.plusSeconds(3600L * hour++));
        ObjectNode o = json.createObjectNode();
        o.put("type", type).put("spec_version", "2.1").put("id", id).put("created", at).put("modified", at);
        o.putArray("object_marking_refs").add(tlp.markingId());
        objects.add(o);
        return o;
    }

    /** The bundle of what was written, as JSON bytes. */
    byte[] bundle(String name) {
        ObjectNode bundle = json.createObjectNode();
        bundle.put("type", "bundle").put("id", "bundle--" + Uuid5.of(NAMESPACE, name.getBytes(StandardCharsets.UTF_8)));
        ArrayNode list = bundle.putArray("objects");
        objects.forEach(list::add);
        return json.writeValueAsBytes(bundle);
    }
}
