package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.Http.basic;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
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
 * The relationship graph follows the TLP table: an intrusion set (CLEAR) uses one malware per level through a
 * relationship of that level, and a CLEAR report refers to all of them. Each viewer finds in the graph JSON (of the
 * set and of the report), in a neighbour's own graph and in the page's table exactly the malware they may see.
 */
@DemoPlatform
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraphLeakTests {

    static final String PASSWORD = "sipar-demo";
    static final String CREATED = "\"created\":\"2026-01-01T00:00:00.000Z\",\"modified\":\"2026-01-01T00:00:00.000Z\"";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final String word = "g" + UUID.randomUUID().toString().substring(0, 8);
    final String centre = "intrusion-set--" + UUID.randomUUID();
    final String report = "report--" + UUID.randomUUID();
    final Map<Tlp, String> malware = new EnumMap<>(Tlp.class);
    final Map<Tlp, String> relationships = new EnumMap<>(Tlp.class);
    final Map<String, Http> sessions = new ConcurrentHashMap<>();

    @BeforeAll
    void publishOneNeighbourPerLevel() {
        Http api = new Http(port);
        String nic = id("select id::text from organisations where name = 'National Internet Community'");
        HttpResponse<String> group = api.json("POST", "/api/v1/sharing-groups", basic("admin@cert.demo", PASSWORD),
                "{\"name\":\"Graph circle " + word + "\",\"members\":[\"" + nic + "\"]}");
        assertThat(group.statusCode()).as(group.body()).isEqualTo(201);
        String groupId = id("select id::text from sharing_groups where name = 'Graph circle " + word + "'");
        String telco = id("select id::text from organisations where name = 'Indus Telecom'");
        String named = id("select id::text from people where email = 'analyst@moit.demo'");
        List<String> objects = new ArrayList<>();
        objects.add(object("intrusion-set", centre, "Centre " + word, Tlp.CLEAR, ""));
        StringBuilder refs = new StringBuilder("\"" + centre + "\"");
        for (Tlp tlp : Tlp.values()) {
            malware.put(tlp, "malware--" + UUID.randomUUID());
            relationships.put(tlp, "relationship--" + UUID.randomUUID());
            objects.add(object("malware", malware.get(tlp), name(tlp), tlp, ",\"is_family\":true"));
            objects.add("{\"type\":\"relationship\",\"spec_version\":\"2.1\",\"id\":\"" + relationships.get(tlp) + "\"," + CREATED
                    + ",\"relationship_type\":\"uses\",\"source_ref\":\"" + centre + "\",\"target_ref\":\"" + malware.get(tlp)
                    + "\",\"object_marking_refs\":[\"" + tlp.markingId() + "\"]}");
            refs.append(",\"").append(malware.get(tlp)).append('"');
        }
        objects.add(object("report", report, "Report " + word, Tlp.CLEAR,
                ",\"published\":\"2026-01-01T00:00:00Z\",\"object_refs\":[" + refs + "]"));
        HttpResponse<String> published = api.json("POST", "/api/v1/intel/bundles?organisations=" + telco + "&groups=" + groupId
                + "&people=" + named, basic("analyst@bank.demo", PASSWORD), Stix.bundle(objects.toArray(String[]::new)));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
    }

    @ParameterizedTest(name = "{0} sees {1} in the graph: {2}")
    @MethodSource("org.sipar.sharing.TlpTable#rows")
    void theGraphFollowsTheTlpTable(String viewer, Tlp tlp, boolean sees) {
        String graph = get(viewer, "/intel/objects/" + centre + "/graph.json").body();
        assertThat(graph).as("%s: the centre's graph", viewer).contains("Centre " + word);
        assertThat(graph.contains(name(tlp))).as("%s: node of %s", viewer, tlp).isEqualTo(sees);
        assertThat(graph.contains(relationships.get(tlp))).as("%s: edge of %s", viewer, tlp).isEqualTo(sees);

        String contents = get(viewer, "/intel/objects/" + report + "/graph.json").body();
        assertThat(contents).as("the report's references are the report's own").contains(malware.get(tlp), "OBJECT_REF");
        assertThat(contents.contains(name(tlp))).as("%s: name of %s in the report's graph", viewer, tlp).isEqualTo(sees);

        HttpResponse<String> own = get(viewer, "/intel/objects/" + malware.get(tlp) + "/graph.json");
        assertThat(own.statusCode()).as("%s: the %s neighbour's own graph", viewer, tlp).isEqualTo(sees ? 200 : 404);
        assertThat(own.body().contains(name(tlp))).isEqualTo(sees);

        String page = get(viewer, "/intel/objects/" + centre).body();
        assertThat(page).contains("class=\"grid graph-table\"");
        assertThat(page.contains(name(tlp))).as("%s: the page's table, %s", viewer, tlp).isEqualTo(sees);
    }

    private String name(Tlp tlp) {
        return "Neighbour " + tlp.name().toLowerCase().replace("_", "") + " " + word;
    }

    private static String object(String type, String id, String name, Tlp tlp, String more) {
        return "{\"type\":\"" + type + "\",\"spec_version\":\"2.1\",\"id\":\"" + id + "\"," + CREATED + ",\"name\":\"" + name
                + "\",\"object_marking_refs\":[\"" + tlp.markingId() + "\"]" + more + "}";
    }

    private HttpResponse<String> get(String viewer, String path) {
        return sessions.computeIfAbsent(viewer, v -> TlpViewers.session(port, v)).get(path);
    }

    private String id(String sql) {
        return jdbc.sql(sql).query(String.class).single();
    }
}
