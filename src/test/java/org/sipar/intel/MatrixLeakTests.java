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
 * The technique matrix follows the TLP table: a CLEAR intrusion set uses one technique per level (the technique
 * and its relationship at that level). The matrix page, the Navigator layer and the object page's techniques
 * show each viewer exactly the techniques they may see; the matrix itself is for signed-in people only.
 */
@DemoPlatform
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatrixLeakTests {

    static final String PASSWORD = "sipar-demo";
    static final String CREATED = "\"created\":\"2026-01-01T00:00:00.000Z\",\"modified\":\"2026-01-01T00:00:00.000Z\"";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final String word = "x" + UUID.randomUUID().toString().substring(0, 8);
    final String actor = "intrusion-set--" + UUID.randomUUID();
    final Map<Tlp, String> techniqueIds = new EnumMap<>(Tlp.class);
    final Map<String, Http> sessions = new ConcurrentHashMap<>();

    @BeforeAll
    void publishOneTechniquePerLevel() {
        Http api = new Http(port);
        String nic = jdbc.sql("select id::text from organisations where name = 'National Internet Community'").query(String.class).single();
        HttpResponse<String> group = api.json("POST", "/api/v1/sharing-groups", basic("admin@cert.demo", PASSWORD),
                "{\"name\":\"Matrix circle " + word + "\",\"members\":[\"" + nic + "\"]}");
        assertThat(group.statusCode()).as(group.body()).isEqualTo(201);
        String groupId = jdbc.sql("select id::text from sharing_groups where name = ?").param("Matrix circle " + word).query(String.class).single();
        String telco = jdbc.sql("select id::text from organisations where name = 'Indus Telecom'").query(String.class).single();
        String named = jdbc.sql("select id::text from people where email = 'analyst@moit.demo'").query(String.class).single();
        List<String> objects = new ArrayList<>();
        objects.add("{\"type\":\"intrusion-set\",\"spec_version\":\"2.1\",\"id\":\"" + actor + "\"," + CREATED + ",\"name\":\"Actor " + word
                + "\",\"object_marking_refs\":[\"" + Tlp.CLEAR.markingId() + "\"]}");
        for (Tlp tlp : Tlp.values()) {
            String technique = "attack-pattern--" + UUID.randomUUID();
            techniqueIds.put(tlp, "T" + (9100 + tlp.ordinal()));
            objects.add("{\"type\":\"attack-pattern\",\"spec_version\":\"2.1\",\"id\":\"" + technique + "\"," + CREATED
                    + ",\"name\":\"" + name(tlp) + "\",\"kill_chain_phases\":[{\"kill_chain_name\":\"mitre-attack\",\"phase_name\":\"execution\"}],"
                    + "\"external_references\":[{\"source_name\":\"mitre-attack\",\"external_id\":\"" + techniqueIds.get(tlp) + "\"}],"
                    + "\"object_marking_refs\":[\"" + tlp.markingId() + "\"]}");
            objects.add("{\"type\":\"relationship\",\"spec_version\":\"2.1\",\"id\":\"relationship--" + UUID.randomUUID() + "\"," + CREATED
                    + ",\"relationship_type\":\"uses\",\"source_ref\":\"" + actor + "\",\"target_ref\":\"" + technique
                    + "\",\"object_marking_refs\":[\"" + tlp.markingId() + "\"]}");
        }
        HttpResponse<String> published = api.json("POST", "/api/v1/intel/bundles?organisations=" + telco + "&groups=" + groupId
                + "&people=" + named, basic("analyst@bank.demo", PASSWORD), Stix.bundle(objects.toArray(String[]::new)));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
    }

    @ParameterizedTest(name = "{0} sees {1} in the matrix: {2}")
    @MethodSource("org.sipar.sharing.TlpTable#rows")
    void theMatrixFollowsTheTlpTable(String viewer, Tlp tlp, boolean sees) {
        HttpResponse<String> matrix = get(viewer, "/intel/matrix?id=" + actor);
        HttpResponse<String> layer = get(viewer, "/intel/matrix/layer.json?id=" + actor);
        if (viewer.equals("anonymous")) {
            assertThat(List.of(matrix.statusCode(), layer.statusCode())).as("the matrix is for signed-in people").containsOnly(302);
        } else {
            assertThat(matrix.body()).contains("Actor " + word);
            assertThat(matrix.body().contains(name(tlp))).as("%s: matrix page, %s", viewer, tlp).isEqualTo(sees);
            assertThat(layer.body()).contains("\"layer\" : \"4.5\"");
            assertThat(layer.body().contains("\"" + techniqueIds.get(tlp) + "\"")).as("%s: layer, %s", viewer, tlp).isEqualTo(sees);
        }
        String page = get(viewer, "/intel/objects/" + actor).body();
        assertThat(page).contains("Actor " + word).contains("class=\"attack-matrix\"");
        assertThat(page.contains(name(tlp))).as("%s: the object page's techniques, %s", viewer, tlp).isEqualTo(sees);
    }

    private String name(Tlp tlp) {
        return "Technique " + tlp.name().toLowerCase().replace("_", "") + " " + word;
    }

    private HttpResponse<String> get(String viewer, String path) {
        return sessions.computeIfAbsent(viewer, v -> TlpViewers.session(port, v)).get(path);
    }
}
