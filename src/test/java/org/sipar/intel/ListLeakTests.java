package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.Http.basic;

import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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
 * The list's new outputs follow the TLP table (IntelSharingTests' viewers): the counts (REST, as token clients,
 * and the page, signed in), the names of relationships' ends, and search by exact name. A bank analyst publishes
 * one indicator per level to Indus Telecom, a sharing group and a person by name, and a TLP:CLEAR relationship
 * from a TLP:CLEAR indicator to each, which everyone sees: only its target's name follows the table.
 */
@DemoPlatform
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListLeakTests {

    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    final Map<Tlp, String> ids = new EnumMap<>(Tlp.class);
    final Map<String, String> tokens = new ConcurrentHashMap<>();
    final Map<String, Http> sessions = new ConcurrentHashMap<>();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void publish() {
        Http api = new Http(port);
        String nic = id("select id::text from organisations where name = 'National Internet Community'");
        HttpResponse<String> group = api.json("POST", "/api/v1/sharing-groups", basic("admin@cert.demo", TlpViewers.PASSWORD),
                "{\"name\":\"List circle " + suffix + "\",\"members\":[\"" + nic + "\"]}");
        assertThat(group.statusCode()).as(group.body()).isEqualTo(201);
        String groupId = id("select id::text from sharing_groups where name = 'List circle " + suffix + "'");
        String telco = id("select id::text from organisations where name = 'Indus Telecom'");
        String named = id("select id::text from people where email = 'analyst@moit.demo'");
        String anchor = Stix.newIndicatorId();
        String[] objects = new String[Tlp.values().length * 2 + 1];
        objects[0] = Stix.indicator(anchor, "anchor" + suffix, Tlp.CLEAR.markingId(), "2026-01-02T00:00:00.000Z");
        for (Tlp tlp : Tlp.values()) {
            ids.put(tlp, Stix.newIndicatorId());
            objects[1 + tlp.ordinal() * 2] = Stix.indicator(ids.get(tlp), word(tlp), tlp.markingId(), "2026-01-02T00:00:00.000Z");
            objects[2 + tlp.ordinal() * 2] = """
                    {"type":"relationship","spec_version":"2.1","id":"%s","created":"2026-01-01T00:00:00.000Z",
                     "modified":"2026-01-01T00:00:00.000Z","relationship_type":"related-to","source_ref":"%s","target_ref":"%s",
                     "description":"rel%s","object_marking_refs":["%s"]}"""
                    .formatted(Stix.newId("relationship"), anchor, ids.get(tlp), word(tlp), Tlp.CLEAR.markingId());
        }
        HttpResponse<String> published = api.json("POST", "/api/v1/intel/bundles?organisations=" + telco + "&groups=" + groupId
                + "&people=" + named, basic("analyst@bank.demo", TlpViewers.PASSWORD), Stix.bundle(objects));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        assertThat(published.body()).contains("\"processed\":11", "\"rejections\":[]");
    }

    @ParameterizedTest(name = "{0} counts {1}: {2}")
    @MethodSource("org.sipar.sharing.TlpTable#rows")
    void countsFollowTheTlpTable(String viewer, Tlp tlp, boolean sees) {
        String rest = rest(viewer, "/api/v1/intel/objects?q=" + word(tlp));
        assertThat(rest).as("%s total", viewer).contains("\"total\":" + (sees ? 1 : 0));
        assertThat(rest.contains("\"" + tlp.label() + "\":1")).as("%s TLP count", viewer).isEqualTo(sees);
        assertThat(rest.contains("\"indicator\":1")).as("%s type count", viewer).isEqualTo(sees);
        String page = page(viewer, "/intel?q=" + word(tlp));
        assertThat(page).as("%s page count", viewer).contains("id=\"list-count\">" + (sees ? "1 object" : "0 objects") + "</p>");
    }

    @ParameterizedTest(name = "{0} is told the name of the {1} end: {2}")
    @MethodSource("org.sipar.sharing.TlpTable#rows")
    void relationshipLabelsFollowTheTlpTable(String viewer, Tlp tlp, boolean sees) {
        String page = page(viewer, "/intel?q=rel" + word(tlp) + "&relationships=show");
        assertThat(page).as("%s sees the CLEAR relationship from the CLEAR anchor", viewer).contains("Indicator anchor" + suffix);
        assertThat(page.contains("Indicator " + word(tlp))).as("%s told the target's name", viewer).isEqualTo(sees);
        assertThat(page).as("%s shown the target's type", viewer).contains(sees ? "Indicator " + word(tlp) : "<span class=\"muted\">Indicator</span>");
    }

    @ParameterizedTest(name = "{0} finds the {1} object by its exact name and id: {2}")
    @MethodSource("org.sipar.sharing.TlpTable#rows")
    void exactMatchesFollowTheTlpTable(String viewer, Tlp tlp, boolean sees) {
        assertThat(rest(viewer, "/api/v1/intel/objects?q=Indicator%20" + word(tlp)).contains(ids.get(tlp))).as("%s by name", viewer).isEqualTo(sees);
        assertThat(rest(viewer, "/api/v1/intel/objects?q=" + ids.get(tlp)).contains("Indicator " + word(tlp))).as("%s by id", viewer).isEqualTo(sees);
        assertThat(page(viewer, "/intel?q=" + ids.get(tlp)).contains("Indicator " + word(tlp))).as("%s page by id", viewer).isEqualTo(sees);
    }

    private String word(Tlp tlp) {
        return "ll" + suffix + tlp.name().toLowerCase().replace("_", "");
    }

    /** The REST answer to a token client (none for the anonymous viewer). */
    private String rest(String viewer, String path) {
        String email = TlpViewers.LOGINS.get(viewer);
        String auth = email.isEmpty() ? null : tokens.computeIfAbsent(viewer, v -> "Bearer " + new Http(port).json("POST", "/api/v1/tokens",
                basic(email, TlpViewers.PASSWORD), "{\"name\":\"list leaks\"}").body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1"));
        return new Http(port).json("GET", path, auth, null).body();
    }

    /** The page as the viewer, signed in once (anonymous: not signed in). */
    private String page(String viewer, String path) {
        return sessions.computeIfAbsent(viewer, v -> TlpViewers.session(port, v)).get(path).body();
    }

    private String id(String sql) {
        return jdbc.sql(sql).query(String.class).single();
    }
}
