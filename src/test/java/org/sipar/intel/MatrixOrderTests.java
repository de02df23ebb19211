package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.sipar.support.stix.ReferenceData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The matrix page against MITRE's own bundles: tactics in the order of the domain's x-mitre-matrix, named as the
 * data names them (translated in Urdu, the data's name beside), every live technique of the domain, sub-techniques
 * folded under their parent, and the chosen intrusion set's techniques highlighted.
 */
@DemoPlatform
class MatrixOrderTests {

    @Autowired
    Intelligence intelligence;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"data/attack/ics-attack-18.1.json", "data/attack/mobile-attack-17.1.json"})
    void theMatrixFollowsTheBundle(String bundle) throws IOException {
        check(ReferenceData.require(bundle));
    }

    @Test
    void theEnterpriseMatrixFollowsItsBundle() throws IOException {
        Path folder = ReferenceData.require("data/attack");
        Path enterprise;
        try (Stream<Path> files = Files.list(folder)) {
            enterprise = files.filter(f -> f.getFileName().toString().startsWith("enterprise-attack")).findFirst().orElse(null);
        }
        Assumptions.assumeTrue(enterprise != null,
                "Skipping: shared/data/attack has no enterprise-attack bundle (it ships ICS and mobile only)");
        check(enterprise);
    }

    private void check(Path file) throws IOException {
        new Members(jdbc, intelligence).publish("analyst@cert.demo", Files.readString(file));
        Map<String, JsonNode> byId = new HashMap<>();
        json.readTree(file.toFile()).path("objects").forEach(o -> byId.put(o.path("id").asString(), o));
        JsonNode matrix = byId.values().stream().filter(o -> o.path("type").asString().equals("x-mitre-matrix") && !retired(o))
                .findFirst().orElseThrow();
        String domain = matrix.path("external_references").get(0).path("external_id").asString();
        List<JsonNode> tactics = new ArrayList<>();
        matrix.path("tactic_refs").forEach(r -> tactics.add(byId.get(r.asString())));
        String actor = busiestIntrusionSet(byId);

        Http analyst = new Http(port);
        analyst.signIn("analyst@cert.demo", "sipar-demo");
        String page = analyst.get("/intel/matrix?id=" + actor + "&domain=" + domain).body();
        assertThat(all(page, "<section class=\"tactic\" data-tactic=\"([^\"]+)\"")).as("tactics in the matrix's order")
                .containsExactlyElementsOf(tactics.stream().map(t -> t.path("x_mitre_shortname").asString()).toList());
        assertThat(all(page, "<bdi class=\"title\">([^<]+)</bdi>")).as("tactic names as the data gives them")
                .containsExactlyElementsOf(tactics.stream().map(t -> t.path("name").asString()).toList());

        List<JsonNode> live = byId.values().stream().filter(o -> o.path("type").asString().equals("attack-pattern") && !retired(o)).toList();
        assertThat(new LinkedHashSet<>(all(page, "data-technique=\"([^\"]+)\""))).as("every live technique of the domain")
                .containsAll(live.stream().map(MatrixOrderTests::externalId).toList());
        for (JsonNode sub : live.stream().filter(t -> t.path("x_mitre_is_subtechnique").asBoolean(false)).toList()) {
            assertThat(page).as("sub-technique %s folded", externalId(sub))
                    .contains("class=\"technique sub ").containsPattern("class=\"technique sub [^\"]*\" data-technique=\"" + Pattern.quote(externalId(sub)) + "\"");
        }
        assertThat(page).as("the chosen set's techniques are highlighted").containsPattern("class=\"technique (sub )?used heat-4");
        Set<String> used = new HashSet<>();
        byId.values().stream().filter(o -> o.path("source_ref").asString("").equals(actor)).forEach(r -> used.add(r.path("target_ref").asString()));
        Set<String> liveIds = new HashSet<>(live.stream().map(MatrixOrderTests::externalId).toList());
        List<String> retiredUnused = byId.values().stream().filter(o -> o.path("type").asString().equals("attack-pattern") && retired(o)
                && !used.contains(o.path("id").asString())).map(MatrixOrderTests::externalId).filter(id -> !liveIds.contains(id)).toList();
        assertThat(retiredUnused).as("the bundle has retired techniques").isNotEmpty();
        assertThat(all(page, "data-technique=\"([^\"]+)\"")).as("revoked and deprecated techniques left out").doesNotContainAnyElementsOf(retiredUnused);

        String urdu = analyst.get("/intel/matrix?id=" + actor + "&domain=" + domain + "&lang=ur").body();
        for (JsonNode t : tactics) {
            assertThat(urdu).as("the data's own name beside the Urdu one").contains("<span class=\"own\" lang=\"en\" dir=\"ltr\">"
                    + t.path("name").asString() + "</span>");
        }
        assertThat(all(urdu, "<bdi class=\"title\">([^<]+)</bdi>")).allSatisfy(title -> assertThat(title).matches(".*[\\u0600-\\u06FF].*"));
    }

    /** The intrusion set of the bundle that uses the most techniques. */
    private static String busiestIntrusionSet(Map<String, JsonNode> byId) {
        Map<String, Integer> uses = new HashMap<>();
        byId.values().stream().filter(o -> o.path("relationship_type").asString("").equals("uses")
                        && o.path("source_ref").asString().startsWith("intrusion-set--") && o.path("target_ref").asString().startsWith("attack-pattern--"))
                .forEach(r -> uses.merge(r.path("source_ref").asString(), 1, Integer::sum));
        return uses.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey();
    }

    private static boolean retired(JsonNode o) {
        return o.path("revoked").asBoolean(false) || o.path("x_mitre_deprecated").asBoolean(false);
    }

    private static String externalId(JsonNode technique) {
        return technique.path("external_references").get(0).path("external_id").asString();
    }

    private static List<String> all(String page, String regex) {
        List<String> found = new ArrayList<>();
        for (Matcher m = Pattern.compile(regex).matcher(page); m.find(); ) {
            found.add(m.group(1));
        }
        return found;
    }
}
