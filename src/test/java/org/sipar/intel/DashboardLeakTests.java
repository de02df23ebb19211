package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sipar.intel.internal.storage.Overview;
import org.sipar.sharing.Reader;
import org.sipar.sharing.Tlp;
import org.sipar.support.DemoIntelligencePlatform;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every figure and list of the dashboard's threat picture, for an import at each TLP level, as each kind of
 * viewer gets it: the publisher, a colleague in the publishing organisation, the recipient (named organisation,
 * and named person for RED), the hub's CERT, another member, and the public. The import holds one infrastructure
 * object, a technique of its own and a malware using it and the demo's most used technique.
 */
@DemoIntelligencePlatform
class DashboardLeakTests {

    /** Who sees an object at each level, in the order of {@link #VIEWERS}. */
    static final Map<Tlp, List<Boolean>> SEES = Map.of(
            Tlp.CLEAR, List.of(true, true, true, true, true, true),
            Tlp.GREEN, List.of(true, true, true, true, true, false),
            Tlp.AMBER, List.of(true, true, true, true, false, false),
            Tlp.AMBER_STRICT, List.of(true, true, true, false, false, false),
            Tlp.RED, List.of(true, false, true, false, false, false));
    static final List<String> VIEWERS = List.of("analyst@bank.demo", "member@bank.demo", "analyst@telco.demo",
            "admin@cert.demo", "analyst@nic.demo", "anonymous");

    @Autowired
    Overview overview;
    @Autowired
    Intelligence intelligence;
    @Autowired
    JdbcClient jdbc;

    Members members;

    @BeforeEach
    void members() {
        members = new Members(jdbc, intelligence);
    }

    @ParameterizedTest
    @EnumSource(Tlp.class)
    void everyFigureAndListShowsTheImportOnlyToThoseWhoMaySeeIt(Tlp tlp) {
        Map<String, Reader> readers = new LinkedHashMap<>();
        VIEWERS.forEach(v -> readers.put(v, "anonymous".equals(v) ? Reader.ANONYMOUS : members.reader(v)));
        String busiest = overview.mostUsed(Reader.ANONYMOUS, 1).getFirst().techniqueId();
        Map<String, Long> usesBefore = new LinkedHashMap<>();
        readers.forEach((v, r) -> usesBefore.put(v, uses(r, busiest)));
        Instant before = Instant.now().minusMillis(5);
        String word = UUID.randomUUID().toString();
        UUID importId = publish(tlp, word);
        for (int i = 0; i < VIEWERS.size(); i++) {
            String viewer = VIEWERS.get(i);
            Reader reader = readers.get(viewer);
            boolean sees = SEES.get(tlp).get(i);
            String as = tlp + " import, viewer " + viewer;
            assertThat(count(overview.counts(reader, before), "infrastructure", tlp)).as("new since the visit: " + as).isEqualTo(sees ? 1 : 0);
            assertThat(overview.counts(reader, before).stream().mapToLong(Overview.Count::count).sum())
                    .as("all new since the visit: " + as).isEqualTo(sees ? 5 : 0);
            assertThat(uses(reader, busiest) - usesBefore.get(viewer)).as("uses of the busiest technique: " + as).isEqualTo(sees ? 1 : 0);
            assertThat(uses(reader, technique(word))).as("uses of the import's own technique: " + as).isEqualTo(sees ? 1 : 0);
            boolean listed = overview.imports(reader, 50).stream().anyMatch(im -> im.id().equals(importId));
            boolean sameOrganisation = reader.member() && reader.organisationId().equals(readers.get(VIEWERS.getFirst()).organisationId());
            assertThat(listed).as("recent imports: " + as).isEqualTo(sees || sameOrganisation);
            overview.imports(reader, 50).stream().filter(im -> im.id().equals(importId))
                    .forEach(im -> assertThat(im.visible()).as("objects of the import seen: " + as).isEqualTo(sees ? 5 : 0));
        }
    }

    private long uses(Reader reader, String technique) {
        return overview.mostUsed(reader, 100_000).stream().filter(u -> u.techniqueId().equals(technique))
                .mapToLong(Overview.Used::uses).sum();
    }

    private static long count(List<Overview.Count> counts, String type, Tlp tlp) {
        return counts.stream().filter(c -> c.type().equals(type) && c.tlp() == tlp).mapToLong(Overview.Count::count).sum();
    }

    private static String technique(String word) {
        return "attack-pattern--" + UUID.nameUUIDFromBytes(("t" + word).getBytes(StandardCharsets.UTF_8));
    }

    /** The import, by the bank's analyst to the telecom operator and (for RED) its analyst. */
    private UUID publish(Tlp tlp, String word) {
        Reader publisher = members.reader("analyst@bank.demo");
        Reader recipient = members.reader("analyst@telco.demo");
        String marking = "\"object_marking_refs\":[\"" + tlp.markingId() + "\"],\"created\":\"2026-11-20T10:00:00.000Z\","
                + "\"modified\":\"2026-11-20T10:00:00.000Z\",\"spec_version\":\"2.1\"";
        String malware = "malware--" + UUID.nameUUIDFromBytes(("m" + word).getBytes(StandardCharsets.UTF_8));
        String busiest = overview.mostUsed(Reader.ANONYMOUS, 1).getFirst().techniqueId();
        String bundle = "{\"type\":\"bundle\",\"id\":\"bundle--" + UUID.randomUUID() + "\",\"objects\":["
                + "{\"type\":\"infrastructure\",\"id\":\"infrastructure--" + UUID.randomUUID() + "\",\"name\":\"probe " + word + "\"," + marking + "},"
                + "{\"type\":\"attack-pattern\",\"id\":\"" + technique(word) + "\",\"name\":\"probe " + word + "\"," + marking + "},"
                + "{\"type\":\"malware\",\"id\":\"" + malware + "\",\"name\":\"probe " + word + "\",\"is_family\":false," + marking + "},"
                + relationship(malware, technique(word), marking) + "," + relationship(malware, busiest, marking) + "]}";
        UUID id = UUID.randomUUID();
        intelligence.ingest(id, new ByteArrayInputStream(bundle.getBytes(StandardCharsets.UTF_8)),
                new Publication(publisher.organisationId(), publisher.personId(), Set.of(recipient.organisationId()),
                        Set.of(), Set.of(recipient.personId()), "probe-" + word + ".json"));
        return id;
    }

    private static String relationship(String source, String target, String marking) {
        return "{\"type\":\"relationship\",\"id\":\"relationship--" + UUID.randomUUID() + "\",\"relationship_type\":\"uses\","
                + "\"source_ref\":\"" + source + "\",\"target_ref\":\"" + target + "\"," + marking + "}";
    }
}
