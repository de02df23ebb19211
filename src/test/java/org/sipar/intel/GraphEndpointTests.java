package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.Http.basic;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sipar.sharing.Tlp;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.sipar.support.stix.Stix;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The graph JSON of an object: relationships both ways, its creator, a bound on its size, and 404 for what is not there. */
@DemoPlatform
class GraphEndpointTests {

    static final String CREATED = "\"created\":\"2026-01-01T00:00:00.000Z\",\"modified\":\"2026-01-01T00:00:00.000Z\"";
    static final String CLEAR = "\"object_marking_refs\":[\"" + Tlp.CLEAR.markingId() + "\"]";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Test
    void aBigGraphIsBoundedAndSaysHowManyWereLeftOut() {
        String word = "b" + UUID.randomUUID().toString().substring(0, 8);
        String centre = "intrusion-set--" + UUID.randomUUID(), maker = "identity--" + UUID.randomUUID();
        String victim = "identity--" + UUID.randomUUID();
        List<String> objects = new ArrayList<>();
        objects.add("{\"type\":\"identity\",\"spec_version\":\"2.1\",\"id\":\"" + maker + "\"," + CREATED
                + ",\"name\":\"Maker " + word + "\",\"identity_class\":\"organization\"," + CLEAR + "}");
        objects.add("{\"type\":\"intrusion-set\",\"spec_version\":\"2.1\",\"id\":\"" + centre + "\"," + CREATED
                + ",\"name\":\"Big " + word + "\",\"created_by_ref\":\"" + maker + "\"," + CLEAR + "}");
        objects.add("{\"type\":\"identity\",\"spec_version\":\"2.1\",\"id\":\"" + victim + "\"," + CREATED
                + ",\"name\":\"Victim " + word + "\",\"identity_class\":\"organization\"," + CLEAR + "}");
        objects.add(relationship(victim, "located-at", centre));
        for (int i = 0; i < 205; i++) {
            String tool = "tool--" + UUID.randomUUID();
            objects.add("{\"type\":\"tool\",\"spec_version\":\"2.1\",\"id\":\"" + tool + "\"," + CREATED + ",\"name\":\"Tool " + i
                    + " " + word + "\"," + CLEAR + "}");
            objects.add(relationship(centre, "uses", tool));
        }
        HttpResponse<String> published = new Http(port).json("POST", "/api/v1/intel/bundles",
                basic("analyst@bank.demo", "sipar-demo"), Stix.bundle(objects.toArray(String[]::new)));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);

        HttpResponse<String> answer = new Http(port).get("/intel/objects/" + centre + "/graph.json");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode graph = json.readTree(answer.body());
        assertThat(graph.path("centre").asString()).isEqualTo(centre);
        assertThat(graph.path("nodes")).hasSize(200);
        assertThat(graph.path("nodes").get(0).path("label").asString()).isEqualTo("Big " + word);
        // 205 tools, the victim and the maker: 207 other ends, 199 drawn beside the centre.
        assertThat(graph.path("omitted").asInt()).isEqualTo(8);
        List<String> kinds = new ArrayList<>();
        graph.path("edges").forEach(e -> kinds.add(e.path("kind").asString() + ":" + e.path("type").asString()));
        assertThat(kinds).contains("CREATED_BY:created-by", "RELATIONSHIP:located-at", "RELATIONSHIP:uses");
        graph.path("edges").forEach(e -> assertThat(List.of(e.path("source").asString(), e.path("target").asString())).contains(centre));

        String page = new Http(port).get("/intel/objects/" + centre).body();
        assertThat(page).contains("The graph draws the first 199 linked objects; 8 more are left out.")
                .contains("← located-at").contains("uses →").contains("Victim " + word).contains("Maker " + word)
                .contains("data-src=\"/intel/objects/" + centre + "/graph.json\"")
                .contains("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js");
    }

    @Test
    void anObjectNobodyStoredHasNoGraph() {
        HttpResponse<String> answer = new Http(port).get("/intel/objects/malware--" + UUID.randomUUID() + "/graph.json");
        assertThat(answer.statusCode()).isEqualTo(404);
    }

    private static String relationship(String source, String type, String target) {
        return "{\"type\":\"relationship\",\"spec_version\":\"2.1\",\"id\":\"relationship--" + UUID.randomUUID() + "\"," + CREATED
                + ",\"relationship_type\":\"" + type + "\",\"source_ref\":\"" + source + "\",\"target_ref\":\"" + target + "\"," + CLEAR + "}";
    }
}
