package org.sipar.detect.internal.sighting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.sipar.identity.Organisation;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sightings as STIX 2.1: {@code sighting_of_ref}, {@code count}, {@code first_seen}, {@code last_seen}, and unless
 * anonymous {@code where_sighted_refs} and {@code created_by_ref} naming the reporting organisation's identity,
 * which the bundle carries. An anonymous sighting names no one: its producer learns that and how often, not by whom.
 */
final class SightingBundles {

    private static final DateTimeFormatter STIX = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(java.time.ZoneOffset.UTC);

    private SightingBundles() {
    }

    /** The bundle of {@code sightings}, all reported by {@code reporter} (ignored when they are anonymous). */
    static byte[] bundle(List<Sighting> sightings, Organisation reporter) {
        ObjectNode bundle = JsonMapper.shared().createObjectNode().put("type", "bundle").put("id", "bundle--" + UUID.randomUUID());
        ArrayNode objects = bundle.putArray("objects");
        boolean named = sightings.stream().anyMatch(s -> !s.anonymous());
        if (named) {
            objects.addObject().put("type", "identity").put("spec_version", "2.1").put("id", identity(reporter.id()))
                    .put("created", "2026-01-01T00:00:00.000Z").put("modified", "2026-01-01T00:00:00.000Z")
                    .put("name", reporter.name()).put("identity_class", "organization");
        }
        sightings.forEach(s -> objects.add(sighting(s)));
        return JsonMapper.shared().writeValueAsString(bundle).getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode sighting(Sighting s) {
        ObjectNode o = JsonMapper.shared().createObjectNode().put("type", "sighting").put("spec_version", "2.1")
                .put("id", s.stixId()).put("created", time(s.createdAt())).put("modified", time(s.updatedAt()))
                .put("sighting_of_ref", s.indicator()).put("count", Math.min(s.count(), 999_999_999L))
                .put("first_seen", time(s.firstSeen())).put("last_seen", time(s.lastSeen()));
        if (!s.anonymous()) {
            o.put("created_by_ref", identity(s.organisation()));
            o.putArray("where_sighted_refs").add(identity(s.organisation()));
        }
        return o;
    }

    /** The organisation's STIX identity: the same id wherever Sipar names it. */
    static String identity(UUID organisation) {
        return "identity--" + UUID.nameUUIDFromBytes(("sipar-organisation:" + organisation).getBytes(StandardCharsets.UTF_8));
    }

    private static String time(Instant t) {
        return STIX.format(t.truncatedTo(ChronoUnit.MILLIS));
    }
}
