package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.Http.basic;

import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sipar.sharing.Tlp;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.sipar.support.stix.Stix;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The TLP table over every REST output: list, single object, its versions, and search. A bank analyst
 * publishes one indicator per level to Indus Telecom, a sharing group holding the internet community body,
 * and the ministry's analyst by name. Zero leaks is the only passing result, and nobody misses what is theirs.
 */
@DemoPlatform
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntelSharingTests {

    static final String PASSWORD = "sipar-demo";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Intelligence intelligence;

    final Map<Tlp, String> ids = new EnumMap<>(Tlp.class);
    /** One more indicator per level, deleted by its publisher: its tombstone follows the table too. */
    final Map<Tlp, String> deleted = new EnumMap<>(Tlp.class);

    /** Where the change log stood before this class published: its followers start there. */
    long logStart;

    @BeforeAll
    void publishOneIndicatorPerLevel() {
        logStart = jdbc.sql("select coalesce(max(position), 0) * 1048576 from intel_writes").query(Long.class).single();
        Http api = new Http(port);
        String nic = id("select id::text from organisations where name = 'National Internet Community'");
        HttpResponse<String> group = api.json("POST", "/api/v1/sharing-groups", basic("admin@cert.demo", PASSWORD),
                "{\"name\":\"Internet governance circle\",\"members\":[\"" + nic + "\"]}");
        assertThat(group.statusCode()).as(group.body()).isEqualTo(201);
        String groupId = id("select id::text from sharing_groups where name = 'Internet governance circle'");
        String telco = id("select id::text from organisations where name = 'Indus Telecom'");
        String named = id("select id::text from people where email = 'analyst@moit.demo'");
        String[] objects = new String[Tlp.values().length];
        for (Tlp tlp : Tlp.values()) {
            ids.put(tlp, Stix.newIndicatorId());
            objects[tlp.ordinal()] = Stix.indicator(ids.get(tlp), "matrix" + tlp.name().toLowerCase().replace("_", ""),
                    tlp.markingId(), "2026-01-02T00:00:00.000Z");
        }
        HttpResponse<String> published = api.json("POST", "/api/v1/intel/bundles?organisations=" + telco + "&groups=" + groupId
                + "&people=" + named, basic("analyst@bank.demo", PASSWORD), Stix.bundle(objects));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        assertThat(published.body()).contains("\"accepted\":5");
        publishAndDeleteOnePerLevel(api, "?organisations=" + telco + "&groups=" + groupId + "&people=" + named);
    }

    private void publishAndDeleteOnePerLevel(Http api, String recipients) {
        String[] objects = new String[Tlp.values().length];
        for (Tlp tlp : Tlp.values()) {
            deleted.put(tlp, Stix.newIndicatorId());
            objects[tlp.ordinal()] = Stix.indicator(deleted.get(tlp), "gone", tlp.markingId(), "2026-01-02T00:00:00.000Z");
        }
        HttpResponse<String> published = api.json("POST", "/api/v1/intel/bundles" + recipients,
                basic("analyst@bank.demo", PASSWORD), Stix.bundle(objects));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        int gone = intelligence.delete(new Members(jdbc, intelligence).reader("analyst@bank.demo"), false,
                ObjectQuery.all(100).withIds(List.copyOf(deleted.values())).withVersions(List.of(VersionSelection.ALL)));
        assertThat(gone).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0} sees {1}: {2}")
    @MethodSource("org.sipar.sharing.TlpTable#rows")
    void everyRestOutputFollowsTheTlpTable(String viewer, Tlp tlp, boolean sees) {
        String id = ids.get(tlp);
        String word = "matrix" + tlp.name().toLowerCase().replace("_", "");
        Map<String, Answer> outputs = Map.of(
                "list", everyPage(viewer, "/api/v1/intel/objects?type=indicator&limit=1000"),
                "single", answer(viewer, "/api/v1/intel/objects/" + id),
                "versions", answer(viewer, "/api/v1/intel/objects/" + id + "?version=all"),
                "search", answer(viewer, "/api/v1/intel/objects?q=" + word),
                "changes", everyChange(viewer));
        outputs.forEach((output, response) -> {
            // The name travels only inside the object; a 404 may repeat the id the caller asked for.
            assertThat(response.body().contains("Indicator " + word)).as("%s via %s", viewer, output).isEqualTo(sees);
            if (!sees && Set.of("single", "versions").contains(output)) {
                assertThat(response.status()).as("%s via %s", viewer, output).isEqualTo(404);
            }
        });
    }

    @ParameterizedTest(name = "{0} is told of the deletion at {1}: {2}")
    @MethodSource("org.sipar.sharing.TlpTable#rows")
    void aTombstoneFollowsTheTlpTable(String viewer, Tlp tlp, boolean sees) {
        assertThat(everyChange(viewer).body().contains(deleted.get(tlp))).as("%s told of %s", viewer, tlp).isEqualTo(sees);
    }

    /** An answer: its status and body. */
    record Answer(int status, String body) {
    }

    private static final java.util.regex.Pattern MORE = java.util.regex.Pattern.compile("\"more\":true,\"nextSeq\":(\\d+)");

    /** All pages of a listing joined into one body, since other tests share the store. */
    private Answer everyPage(String viewer, String path) {
        StringBuilder all = new StringBuilder();
        String body = get(viewer, path).body();
        all.append(body);
        for (var next = MORE.matcher(body); next.find(); next = MORE.matcher(body)) {
            body = get(viewer, path + "&after=" + next.group(1)).body();
            all.append(body);
        }
        return new Answer(200, all.toString());
    }

    private static final java.util.regex.Pattern NEXT = java.util.regex.Pattern.compile("\"more\":true,\"next\":(\\d+)");

    /** The change log as each viewer follows it, read once per viewer: it is long when the whole suite ran first. */
    private final Map<String, Answer> changes = new java.util.concurrent.ConcurrentHashMap<>();

    private Answer everyChange(String viewer) {
        return changes.computeIfAbsent(viewer, this::followChanges);
    }

    /** Every page of the change log, followed from the start. */
    private Answer followChanges(String viewer) {
        StringBuilder all = new StringBuilder();
        String body = get(viewer, "/api/v1/intel/changes?limit=1000&after=" + logStart).body();
        all.append(body);
        for (var next = NEXT.matcher(body); next.find(); next = NEXT.matcher(body)) {
            body = get(viewer, "/api/v1/intel/changes?limit=1000&after=" + next.group(1)).body();
            all.append(body);
        }
        return new Answer(200, all.toString());
    }

    private Answer answer(String viewer, String path) {
        HttpResponse<String> response = get(viewer, path);
        return new Answer(response.statusCode(), response.body());
    }

    private HttpResponse<String> get(String viewer, String path) {
        String email = TlpViewers.LOGINS.get(viewer);
        return new Http(port).json("GET", path, email.isEmpty() ? null : basic(email, PASSWORD), null);
    }

    private String id(String sql) {
        return jdbc.sql(sql).query(String.class).single();
    }
}
