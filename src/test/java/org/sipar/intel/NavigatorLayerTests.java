package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.Http.basic;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

/**
 * The matrix's download is an ATT&CK Navigator layer, checked against the layer file format 4.5 (LAYERFORMATv4_5.md of
 * the Navigator): its required properties, the values they may take, and no property the format does not define.
 */
@DemoPlatform
class NavigatorLayerTests {

    /** The layer's properties in format 4.5; name and domain are required. */
    static final Set<String> LAYER = Set.of("versions", "name", "description", "domain", "customDataURL", "filters", "sorting",
            "layout", "hideDisabled", "techniques", "gradient", "legendItems", "showTacticRowBackground", "tacticRowBackground",
            "selectTechniquesAcrossTactics", "selectSubtechniquesWithParent", "selectVisibleTechniques", "metadata", "links");
    static final Set<String> TECHNIQUE = Set.of("techniqueID", "tactic", "comment", "enabled", "score", "color", "metadata",
            "links", "showSubtechniques");
    static final Set<String> LAYOUT = Set.of("layout", "showID", "showName", "showAggregateScores", "countUnscored",
            "aggregateFunction", "expandedSubtechniques");
    static final String CREATED = "\"created\":\"2026-01-01T00:00:00.000Z\",\"modified\":\"2026-01-01T00:00:00.000Z\"";
    static final String GREEN = "\"object_marking_refs\":[\"" + Tlp.GREEN.markingId() + "\"]";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Test
    void theLayerHasTheShapeOfFormat45() {
        String word = "n" + UUID.randomUUID().toString().substring(0, 8);
        String a = "intrusion-set--" + UUID.randomUUID(), b = "intrusion-set--" + UUID.randomUUID();
        String parent = "attack-pattern--" + UUID.randomUUID(), sub = "attack-pattern--" + UUID.randomUUID();
        String other = "attack-pattern--" + UUID.randomUUID();
        List<String> objects = new ArrayList<>(List.of(actor(a, "Alpha " + word), actor(b, "Beta " + word),
                technique(parent, "Phishing", "T1566", "initial-access", false),
                technique(sub, "Spearphishing Attachment", "T1566.001", "initial-access", true),
                technique(other, "Valid Accounts", "T1078", "persistence\"},{\"kill_chain_name\":\"mitre-attack\",\"phase_name\":\"defense-evasion", false),
                uses(a, sub), uses(b, sub), uses(a, other)));
        HttpResponse<String> published = new Http(port).json("POST", "/api/v1/intel/bundles", basic("analyst@bank.demo", "sipar-demo"),
                Stix.bundle(objects.toArray(String[]::new)));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);

        Http analyst = new Http(port);
        analyst.signIn("analyst@telco.demo", "sipar-demo");
        HttpResponse<String> download = analyst.get("/intel/matrix/layer.json?id=" + a + "&id=" + b);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment").contains(".json");
        JsonNode layer = json.readTree(download.body());

        assertThat(layer.propertyNames()).isSubsetOf(LAYER).contains("name", "domain", "versions", "techniques");
        assertThat(layer.path("name").asString()).contains("Alpha " + word, "Beta " + word);
        assertThat(layer.path("domain").asString()).isIn("enterprise-attack", "mobile-attack", "ics-attack");
        assertThat(layer.path("versions").path("layer").asString()).isEqualTo("4.5");
        assertThat(layer.path("versions").path("navigator").asString()).matches("\\d+\\.\\d+\\.\\d+")
                .satisfies(v -> assertThat(Integer.parseInt(v.split("\\.")[0]) * 100 + Integer.parseInt(v.split("\\.")[1])).isGreaterThanOrEqualTo(409));
        assertThat(layer.path("sorting").asInt()).isBetween(0, 3);
        assertThat(layer.path("layout").propertyNames()).isSubsetOf(LAYOUT);
        assertThat(layer.path("layout").path("layout").asString()).isIn("side", "flat", "mini");
        JsonNode gradient = layer.path("gradient");
        assertThat(gradient.path("colors").size()).isGreaterThanOrEqualTo(2);
        assertThat(gradient.path("maxValue").asDouble()).isGreaterThan(gradient.path("minValue").asDouble());
        layer.path("legendItems").forEach(l -> assertThat(l.propertyNames()).containsExactlyInAnyOrder("label", "color"));

        List<String> entries = new ArrayList<>();
        for (JsonNode t : layer.path("techniques")) {
            assertThat(t.propertyNames()).isSubsetOf(TECHNIQUE).contains("techniqueID");
            assertThat(t.path("techniqueID").asString()).matches("T\\d{4}(\\.\\d{3})?");
            assertThat(t.path("tactic").asString()).matches("[a-z-]+");
            if (t.has("score")) {
                assertThat(t.path("score").isNumber()).isTrue();
                assertThat(t.path("color").asString()).matches("#[0-9a-f]{6}");
                assertThat(t.path("comment").asString()).startsWith("Used by ");
            }
            entries.add(t.path("techniqueID").asString() + "/" + t.path("tactic").asString() + "/" + t.path("score").asInt(-1));
        }
        // The sub-technique both use scores 2 of 2, T1078 one of 2 once per tactic; the unused parent is not listed.
        assertThat(entries).containsExactlyInAnyOrder("T1566.001/initial-access/2",
                "T1078/persistence/1", "T1078/defense-evasion/1");
    }

    private static String actor(String id, String name) {
        return "{\"type\":\"intrusion-set\",\"spec_version\":\"2.1\",\"id\":\"" + id + "\"," + CREATED + ",\"name\":\"" + name + "\"," + GREEN + "}";
    }

    private static String technique(String id, String name, String externalId, String phase, boolean sub) {
        return "{\"type\":\"attack-pattern\",\"spec_version\":\"2.1\",\"id\":\"" + id + "\"," + CREATED + ",\"name\":\"" + name
                + "\",\"kill_chain_phases\":[{\"kill_chain_name\":\"mitre-attack\",\"phase_name\":\"" + phase + "\"}],"
                + "\"external_references\":[{\"source_name\":\"mitre-attack\",\"external_id\":\"" + externalId + "\"}],"
                + "\"x_mitre_is_subtechnique\":" + sub + "," + GREEN + "}";
    }

    private static String uses(String source, String target) {
        return "{\"type\":\"relationship\",\"spec_version\":\"2.1\",\"id\":\"relationship--" + UUID.randomUUID() + "\"," + CREATED
                + ",\"relationship_type\":\"uses\",\"source_ref\":\"" + source + "\",\"target_ref\":\"" + target + "\"," + GREEN + "}";
    }
}
