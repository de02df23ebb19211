package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.Http.basic;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A redistribution reaches every output at once, for every viewer of the TLP table. The bank's analyst imports,
 * per level L, one unmarked indicator at TLP:CLEAR (everyone sees it) and one at TLP:RED naming nobody (only the
 * analyst sees it), then redistributes both to L with the table's recipients (Indus Telecom, a sharing group of
 * the internet community body, the ministry's analyst by name): the first is narrowed, the second widened. Then
 * every viewer (Indus Telecom's through an API token) sees each exactly as the table says in the REST list, the
 * object, search, TAXII and the web list and object page; the change log tells a viewer who lost the narrowed one
 * that it is withdrawn, one who gained the widened one that it is redistributed, and never names it to others.
 */
@DemoPlatform
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedistributionLeakTests {

    static final String PASSWORD = "sipar-demo";
    static final String ALL = "/taxii2/api/collections/5b1f4a70-6c2e-4d0b-9a8e-3c1d2e7f9a01/objects/";
    static final JsonMapper JSON = JsonMapper.shared();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final Map<Tlp, String> narrowed = new EnumMap<>(Tlp.class);
    final Map<Tlp, String> widened = new EnumMap<>(Tlp.class);
    final Map<String, List<JsonNode>> logs = new ConcurrentHashMap<>();
    final Map<String, Http> sessions = new ConcurrentHashMap<>();
    long logStart;
    String token;
    private long importsEnd;

    @BeforeAll
    void importThenRedistribute() {
        logStart = jdbc.sql("select coalesce(max(position), 0) * 1048576 from intel_writes").query(Long.class).single();
        Http api = new Http(port);
        String nic = id("select id::text from organisations where name = 'National Internet Community'");
        HttpResponse<String> group = api.json("POST", "/api/v1/sharing-groups", basic("admin@cert.demo", PASSWORD),
                "{\"name\":\"Redistribution circle\",\"members\":[\"" + nic + "\"]}");
        assertThat(group.statusCode()).as(group.body()).isEqualTo(201);
        String groupId = id("select id::text from sharing_groups where name = 'Redistribution circle'");
        String telco = id("select id::text from organisations where name = 'Indus Telecom'");
        String named = id("select id::text from people where email = 'analyst@moit.demo'");
        for (Tlp tlp : Tlp.values()) {
            narrowed.put(tlp, importOne(api, "narrowed" + word(tlp), Tlp.CLEAR));
            widened.put(tlp, importOne(api, "widened" + word(tlp), Tlp.RED));
        }
        // Where this class's imports end, taken now: writes of other classes' work that lands later (an advisory's
        // report reaching the change feed after its event) must not move it past the redistributions.
        importsEnd = jdbc.sql("select coalesce(max(position), 0) * 1048576 from intel_writes w where not redistribution")
                .query(Long.class).single();
        // Every viewer follows the log before the change: what a follower was told before, it must be told the end of.
        TlpViewers.LOGINS.keySet().forEach(this::log);
        logs.clear();
        String recipients = ",\"organisations\":[\"" + telco + "\"],\"groups\":[\"" + groupId + "\"],\"people\":[\"" + named + "\"]";
        for (Tlp tlp : Tlp.values()) {
            for (String id : List.of(narrowed.get(tlp), widened.get(tlp))) {
                HttpResponse<String> changed = api.json("PUT", "/api/v1/intel/objects/" + id + "/distribution",
                        basic("analyst@bank.demo", PASSWORD), "{\"tlp\":\"" + tlp.label() + "\"" + recipients
                                + ",\"reason\":\"leak test: to " + tlp.label() + "\"}");
                assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
                assertThat(changed.body()).contains("\"versions\":1");
            }
        }
        HttpResponse<String> created = api.json("POST", "/api/v1/tokens", basic("analyst@telco.demo", PASSWORD),
                "{\"name\":\"redistribution leak test\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        token = JSON.readTree(created.body()).path("token").asString();
    }

    private String importOne(Http api, String word, Tlp tlp) {
        String id = Stix.newIndicatorId();
        HttpResponse<String> answer = api.json("POST", "/api/v1/intel/bundles?tlp=" + tlp.name(), basic("analyst@bank.demo", PASSWORD),
                Stix.bundle(Stix.indicator(id, word, null, "2026-03-01T00:00:00.000Z")));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return id;
    }

    @ParameterizedTest(name = "{0} sees the object narrowed to {1}: {2}")
    @MethodSource("org.sipar.sharing.TlpTable#rows")
    void afterNarrowingEveryOutputFollowsTheTable(String viewer, Tlp tlp, boolean sees) {
        assertOutputs(viewer, narrowed.get(tlp), "narrowed" + word(tlp), sees);
        List<String> told = told(viewer, narrowed.get(tlp));
        // Everyone saw it at CLEAR: who keeps it is told it anew, who lost it that it is withdrawn.
        assertThat(told).as("%s told of %s", viewer, tlp).containsExactly(sees ? "redistributed" : "withdrawn");
    }

    @ParameterizedTest(name = "{0} sees the object widened to {1}: {2}")
    @MethodSource("org.sipar.sharing.TlpTable#rows")
    void afterWideningEveryOutputFollowsTheTable(String viewer, Tlp tlp, boolean sees) {
        assertOutputs(viewer, widened.get(tlp), "widened" + word(tlp), sees);
        List<String> told = told(viewer, widened.get(tlp));
        assertThat(told).as("%s told of %s", viewer, tlp).isEqualTo(sees ? List.of("redistributed") : List.of());
    }

    @Test
    void theAuditTrailKeepsEachRedistributionWithBeforeAfterAndReason() {
        String details = jdbc.sql("select details::text from audit_log where action = 'intel.redistribute' and target = ?")
                .param(narrowed.get(Tlp.RED)).query(String.class).single();
        assertThat(details).contains("leak test: to RED", "\"before\"", "\"after\"", "\"tlp\": \"CLEAR\"", "\"tlp\": \"RED\"");
    }

    private void assertOutputs(String viewer, String id, String word, boolean sees) {
        Map<String, String> outputs = Map.of(
                "REST list", rest(viewer, "/api/v1/intel/objects?type=indicator&q=" + word),
                "REST object", rest(viewer, "/api/v1/intel/objects/" + id),
                "TAXII", taxii(viewer, ALL + "?match%5Bid%5D=" + id),
                "web list", web(viewer, "/intel?q=" + word),
                "web object", web(viewer, "/intel/objects/" + id));
        outputs.forEach((output, body) -> assertThat(body.contains("Indicator " + word))
                .as("%s via %s", viewer, output).isEqualTo(sees));
    }

    /** The kinds of change the viewer's log tells of {@code id} since the redistributions began. */
    private List<String> told(String viewer, String id) {
        List<String> kinds = new ArrayList<>();
        for (JsonNode change : log(viewer)) {
            if (id.equals(change.path("id").asString())) {
                kinds.add(change.path("change").asString());
            }
        }
        return kinds;
    }

    private static final Pattern NEXT = Pattern.compile("\"more\":true,\"next\":(\\d+)");

    /** The change log after the imports (so only the redistributions), as the viewer follows it. */
    private List<JsonNode> log(String viewer) {
        return logs.computeIfAbsent(viewer, v -> {
            List<JsonNode> all = new ArrayList<>();
            long after = Math.max(importsEnd, logStart);
            boolean more = true;
            while (more) {
                JsonNode page = JSON.readTree(rest(v, "/api/v1/intel/changes?limit=1000&after=" + after));
                page.path("changes").forEach(all::add);
                more = page.path("more").asBoolean();
                after = page.path("next").asLong();
            }
            return all;
        });
    }

    private String rest(String viewer, String path) {
        return new Http(port).json("GET", path, authorization(viewer), null).body();
    }

    private String taxii(String viewer, String path) {
        return new Http(port).taxii(path, authorization(viewer)).body();
    }

    /** Indus Telecom's analyst comes as a machine, with an API token; the others with their password. */
    private String authorization(String viewer) {
        String email = TlpViewers.LOGINS.get(viewer);
        if (email.isEmpty()) {
            return null;
        }
        return "recipientOrg".equals(viewer) && token != null ? Http.bearer(token) : basic(email, PASSWORD);
    }

    private String web(String viewer, String path) {
        return sessions.computeIfAbsent(viewer, v -> TlpViewers.session(port, v)).get(path).body();
    }

    private static String word(Tlp tlp) {
        return tlp.name().toLowerCase().replace("_", "");
    }

    private String id(String sql) {
        return jdbc.sql(sql).query(String.class).single();
    }
}
