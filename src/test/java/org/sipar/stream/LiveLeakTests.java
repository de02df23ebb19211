package org.sipar.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.Http.basic;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sipar.intel.TlpViewers;
import org.sipar.sharing.Tlp;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.sipar.support.stix.Stix;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The live stream follows the TLP table for every viewer, as TAXII does. The bank's analyst publishes one indicator
 * per level to Indus Telecom, a sharing group holding the internet community body and the ministry's analyst by
 * name, each with a description under a TLP:RED granular marking; then narrows the AMBER one to TLP:RED for nobody
 * and deletes the GREEN one; a TLP:CLEAR sentinel ends the story. Every viewer follows twice: live, connected before
 * anything was published (the dispatcher's shared reads), and from the start with {@code after} (its catch-up),
 * through HTTP Basic, an API token (Indus Telecom's analyst) or the web session (the ministry's analyst).
 */
@DemoPlatform
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveLeakTests {

    static final String PASSWORD = TlpViewers.PASSWORD;
    static final String ALL = "/taxii2/api/collections/5b1f4a70-6c2e-4d0b-9a8e-3c1d2e7f9a01/objects/";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    final Map<Tlp, String> ids = new EnumMap<>(Tlp.class);
    final Map<String, List<SseStream.Event>> live = new ConcurrentHashMap<>();
    final Map<String, List<SseStream.Event>> resumed = new ConcurrentHashMap<>();
    final Map<String, HttpClient> sessions = new ConcurrentHashMap<>();
    String token;

    @BeforeAll
    void publishChangeAndFollow() {
        long start = jdbc.sql("select coalesce(max(position), 0) * 1048576 + 1048575 from intel_writes").query(Long.class).single();
        token = new Http(port).json("POST", "/api/v1/tokens", basic("analyst@telco.demo", PASSWORD), "{\"name\":\"live leaks\"}")
                .body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        // A stream works out its reader when it opens: the sharing group is made before the live streams open.
        Http api = new Http(port);
        String nic = id("select id::text from organisations where name = 'National Internet Community'");
        HttpResponse<String> group = api.json("POST", "/api/v1/sharing-groups", basic("admin@cert.demo", PASSWORD),
                "{\"name\":\"Live circle " + suffix + "\",\"members\":[\"" + nic + "\"]}");
        assertThat(group.statusCode()).as(group.body()).isEqualTo(201);
        Map<String, SseStream> streams = new ConcurrentHashMap<>();
        TlpViewers.LOGINS.keySet().forEach(v -> streams.put(v, open(v, "/api/v1/stream")));
        String sentinel = publishTheStory();
        streams.forEach((viewer, stream) -> {
            live.put(viewer, stream.untilObject(sentinel));
            stream.close();
        });
        TlpViewers.LOGINS.keySet().forEach(v -> {
            try (SseStream stream = open(v, "/api/v1/stream?after=" + start)) {
                resumed.put(v, stream.untilObject(sentinel));
            }
        });
    }

    private String publishTheStory() {
        Http api = new Http(port);
        String groupId = id("select id::text from sharing_groups where name = 'Live circle " + suffix + "'");
        String telco = id("select id::text from organisations where name = 'Indus Telecom'");
        String named = id("select id::text from people where email = 'analyst@moit.demo'");
        for (Tlp tlp : Tlp.values()) {
            // Unmarked, at the import's level: a version's own marking could not be redistributed.
            ids.put(tlp, Stix.newIndicatorId());
            String object = Stix.indicator(ids.get(tlp), word(tlp), null, "2026-01-02T00:00:00.000Z")
                    .replaceFirst("\\}$", ", \"description\": \"secret" + word(tlp) + "\", \"granular_markings\": [{\"marking_ref\": \""
                            + Tlp.RED.markingId() + "\", \"selectors\": [\"description\"]}]}");
            HttpResponse<String> published = api.json("POST", "/api/v1/intel/bundles?tlp=" + tlp.name() + "&organisations="
                    + telco + "&groups=" + groupId + "&people=" + named, basic("analyst@bank.demo", PASSWORD), Stix.bundle(object));
            assertThat(published.body()).as(published.body()).contains("\"accepted\":1");
        }
        HttpResponse<String> narrowed = api.json("PUT", "/api/v1/intel/objects/" + ids.get(Tlp.AMBER) + "/distribution",
                basic("analyst@bank.demo", PASSWORD), "{\"tlp\":\"RED\",\"reason\":\"live leak test\"}");
        assertThat(narrowed.statusCode()).as(narrowed.body()).isEqualTo(200);
        delete(ids.get(Tlp.GREEN));
        String sentinel = Stix.newIndicatorId();
        HttpResponse<String> last = api.json("POST", "/api/v1/intel/bundles?tlp=CLEAR", basic("analyst@bank.demo", PASSWORD),
                Stix.bundle(Stix.indicator(sentinel, "sentinel" + suffix, null, "2026-01-02T00:00:00.000Z")));
        assertThat(last.statusCode()).as(last.body()).isEqualTo(201);
        return sentinel;
    }

    private void delete(String id) {
        try {
            HttpResponse<String> gone = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + ALL + id + "/"))
                    .header("Accept", "application/taxii+json;version=2.1").header("Authorization", basic("analyst@bank.demo", PASSWORD))
                    .DELETE().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(gone.statusCode()).as(gone.body()).isEqualTo(200);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest(name = "{0} follows the {1} object: sees it {2}")
    @MethodSource("org.sipar.sharing.TlpTable#rows")
    void theStreamFollowsTheTlpTable(String viewer, Tlp tlp, boolean sees) {
        for (boolean fromStart : List.of(false, true)) {
            List<SseStream.Event> told = about((fromStart ? resumed : live).get(viewer), ids.get(tlp));
            assertThat(told.isEmpty()).as("%s told of the %s object", viewer, tlp).isEqualTo(!sees);
            assertThat(kinds(told)).as("%s, %s, from the start %s", viewer, tlp, fromStart)
                    .isEqualTo(expected(viewer, tlp, sees, fromStart));
            for (SseStream.Event e : told) {
                assertThat(e.data().contains("secret" + word(tlp))).as("%s sees the RED description of %s", viewer, tlp)
                        .isEqualTo(e.data().contains("\"object\"") && List.of("publisher", "namedPerson").contains(viewer));
            }
        }
    }

    /**
     * What the viewer is told of the level's object: the AMBER one is narrowed to RED for nobody (its publisher is told
     * it anew, the others that it is withdrawn), the GREEN one deleted. The log tells what is held now, so a follower
     * from the start is not told of the versions as added before, only of how they ended.
     */
    private static List<String> expected(String viewer, Tlp tlp, boolean sees, boolean fromStart) {
        if (!sees) {
            return List.of();
        }
        List<String> told = new ArrayList<>(fromStart && tlp != Tlp.CLEAR && tlp != Tlp.AMBER_STRICT && tlp != Tlp.RED
                ? List.of() : List.of("added"));
        switch (tlp) {
            case AMBER -> told.add("publisher".equals(viewer) ? "redistributed" : "withdrawn");
            case GREEN -> told.add("deleted");
            default -> { }
        }
        return told;
    }

    private static List<SseStream.Event> about(List<SseStream.Event> events, String id) {
        return events.stream().filter(e -> e.json().path("id").asString().equals(id)).toList();
    }

    private static List<String> kinds(List<SseStream.Event> events) {
        List<String> kinds = new ArrayList<>();
        for (SseStream.Event e : events) {
            assertThat(e.json().path("kind").asString()).isEqualTo(e.event());
            kinds.add(e.event());
        }
        return kinds;
    }

    private SseStream open(String viewer, String path) {
        String email = TlpViewers.LOGINS.get(viewer);
        if (email.isEmpty()) {
            return SseStream.open(port, path, Map.of());
        }
        if ("recipientOrg".equals(viewer)) {
            return SseStream.open(port, path, Map.of("Authorization", Http.bearer(token)));
        }
        if ("namedPerson".equals(viewer)) {
            HttpClient session = sessions.computeIfAbsent(viewer, v -> SseStream.session(port, email, PASSWORD));
            return SseStream.open(session, port, path, Map.of());
        }
        return SseStream.open(port, path, Map.of("Authorization", basic(email, PASSWORD)));
    }

    @AfterAll
    void forget() {
        sessions.clear();
    }

    private String word(Tlp tlp) {
        return "live" + suffix + tlp.name().toLowerCase().replace("_", "");
    }

    private String id(String sql) {
        return jdbc.sql(sql).query(String.class).single();
    }
}
