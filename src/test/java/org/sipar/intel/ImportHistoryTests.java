package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.Http.basic;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
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
 * The import report keeps every warning with its object, says who imported what for whom, and is seen (with
 * the history of imports) only by the importer, their organisation's administrators and hub administrators;
 * the objects it links to are those the viewer may read, each TLP level for each kind of viewer.
 */
@DemoPlatform
class ImportHistoryTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PASSWORD = "sipar-demo";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** An indicator whose second indicator type is outside the open vocabulary: accepted, with a warning. */
    static String warned(String id) {
        return """
                {"type":"indicator","spec_version":"2.1","id":"%s","created":"2026-01-01T00:00:00.000Z",
                 "modified":"2026-01-01T00:00:00.000Z","name":"Warned indicator","pattern":"[ipv4-addr:value = '198.51.100.9']",
                 "pattern_type":"stix","valid_from":"2026-01-01T00:00:00Z","indicator_types":["malicious-activity","c2-beacon"]}"""
                .formatted(id);
    }

    JsonNode importAs(String email, String bundle) {
        HttpResponse<String> answer = new Http(port).json("POST", "/api/v1/intel/bundles", basic(email, PASSWORD), bundle);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return JSON.readTree(answer.body());
    }

    HttpResponse<String> get(String email, String path) {
        return new Http(port).json("GET", path, basic(email, PASSWORD), null);
    }

    @Test
    void everyWarningIsKeptWithItsObjectItsTypeAndItsMessageAlsoForADuplicate() {
        String id = Stix.newIndicatorId();
        String bundle = Stix.bundle(warned(id));
        for (int pass = 0; pass < 2; pass++) { // the second pass finds a duplicate: its warning was thrown away before
            JsonNode report = importAs("analyst@bank.demo", bundle);
            JsonNode read = JSON.readTree(get("analyst@bank.demo", "/api/v1/intel/imports/" + report.path("id").asString()).body());
            assertThat(read.path("warnings")).as("pass %d", pass).hasSize(1);
            JsonNode warning = read.path("warnings").get(0);
            assertThat(warning.path("id").asString()).isEqualTo(id);
            assertThat(warning.path("type").asString()).isEqualTo("indicator");
            assertThat(warning.path("messages").get(0).asString()).contains("c2-beacon", "indicator_types[1]");
        }
    }

    @Test
    void theReportSaysTheFileTheImporterTheTlpAskedForAndTheRecipients() {
        UUID telco = jdbc.sql("select id from organisations where name = 'Indus Telecom'").query(UUID.class).single();
        HttpResponse<String> answer = new Http(port).json("POST", "/api/v1/intel/bundles?organisations=" + telco,
                basic("analyst@bank.demo", PASSWORD), Stix.bundle(Stix.indicator(Stix.newIndicatorId())));
        String id = JSON.readTree(answer.body()).path("id").asString();
        JsonNode details = JSON.readTree(get("analyst@bank.demo", "/api/v1/intel/imports/" + id).body()).path("import");
        assertThat(details.path("source").asString()).isEqualTo("API");
        assertThat(details.path("sizeBytes").asLong()).isPositive();
        assertThat(details.path("importer").path("name").asString()).isEqualTo("Nadia Hussain");
        assertThat(details.path("organisation").path("name").asString()).isEqualTo("First National Bank");
        assertThat(details.path("defaultTlp").asString()).isEqualTo("AMBER");
        assertThat(details.path("recipients").path("organisations").get(0).path("name").asString()).isEqualTo("Indus Telecom");
        assertThat(details.path("stored").asLong()).isEqualTo(1);
        assertThat(details.path("status").asString()).isEqualTo("complete");
    }

    @Test
    void anImportIsSeenByItsImporterTheirOrganisationsAdministratorsAndHubAdministratorsOnly() {
        String id = importAs("analyst@bank.demo", Stix.bundle(Stix.indicator(Stix.newIndicatorId()))).path("id").asString();
        for (String viewer : List.of("analyst@bank.demo", "admin@bank.demo", "admin@cert.demo")) {
            assertThat(get(viewer, "/api/v1/intel/imports/" + id).statusCode()).as(viewer).isEqualTo(200);
            assertThat(get(viewer, "/api/v1/intel/imports/" + id + "/objects").statusCode()).as(viewer).isEqualTo(200);
            assertThat(listed(viewer)).as(viewer).contains(id);
        }
        for (String viewer : List.of("member@bank.demo", "analyst@telco.demo", "admin@telco.demo", "analyst@cert.demo")) {
            assertThat(get(viewer, "/api/v1/intel/imports/" + id).statusCode()).as(viewer).isEqualTo(404);
            assertThat(get(viewer, "/api/v1/intel/imports/" + id + "/objects").statusCode()).as(viewer).isEqualTo(404);
            assertThat(listed(viewer)).as(viewer).doesNotContain(id);
        }
        assertThat(new Http(port).json("GET", "/api/v1/intel/imports/" + id, null, null).statusCode())
                .as("anonymous").isIn(401, 404);
        // the pages follow the same rule
        Http stranger = new Http(port);
        stranger.signIn("analyst@telco.demo", PASSWORD);
        assertThat(stranger.get("/intel/imports/" + id).statusCode()).isEqualTo(404);
        assertThat(stranger.get("/intel/imports").body()).doesNotContain(id);
        Http admin = new Http(port);
        admin.signIn("admin@bank.demo", PASSWORD);
        assertThat(admin.get("/intel/imports").body()).contains("/intel/imports/" + id, "Nadia Hussain");
        assertThat(admin.get("/intel/imports/" + id).body()).contains("First National Bank", "TLP:AMBER");
    }

    @Test
    void theObjectsAnImportStoredAreListedAsEachViewerMayReadThemAtEveryTlpLevel() {
        String v = "2026-03-01T00:00:00.000Z";
        String clear = Stix.newIndicatorId();
        String green = Stix.newIndicatorId();
        String amber = Stix.newIndicatorId();
        String strict = Stix.newIndicatorId();
        String red = Stix.newIndicatorId();
        String id = importAs("analyst@bank.demo", Stix.bundle(Stix.indicator(clear, v, Tlp.CLEAR), Stix.indicator(green, v, Tlp.GREEN),
                Stix.indicator(amber, v, Tlp.AMBER), Stix.indicator(strict, v, Tlp.AMBER_STRICT), Stix.indicator(red, v, Tlp.RED)))
                .path("id").asString();
        // the importer: everything, RED included (the publisher reads its own RED)
        assertThat(objects("analyst@bank.demo", id)).containsExactlyInAnyOrder(clear, green, amber, strict, red);
        // an administrator of the organisation: all but RED, which names people only
        assertThat(objects("admin@bank.demo", id)).containsExactlyInAnyOrder(clear, green, amber, strict);
        // a hub administrator of the national CERT: AMBER (the CERT reads it) but not AMBER+STRICT nor RED
        assertThat(objects("admin@cert.demo", id)).containsExactlyInAnyOrder(clear, green, amber);
        JsonNode page = JSON.readTree(get("admin@cert.demo", "/api/v1/intel/imports/" + id + "/objects").body());
        assertThat(page.path("total").asLong()).as("what cannot be read is not counted either").isEqualTo(3);
        // and the page of the report shows no more
        Http hub = new Http(port);
        hub.signIn("admin@cert.demo", PASSWORD);
        assertThat(hub.get("/intel/imports/" + id).body()).contains(clear, green, amber).doesNotContain(strict, red);
    }

    @Test
    void theObjectsArePagedWithACursor() {
        String v = "2026-03-02T00:00:00.000Z";
        List<String> ids = List.of(Stix.newIndicatorId(), Stix.newIndicatorId(), Stix.newIndicatorId());
        String id = importAs("analyst@bank.demo", Stix.bundle(ids.stream().map(i -> Stix.indicator(i, v, Tlp.GREEN))
                .toArray(String[]::new))).path("id").asString();
        JsonNode first = JSON.readTree(get("analyst@bank.demo", "/api/v1/intel/imports/" + id + "/objects?limit=2").body());
        assertThat(first.path("objects")).hasSize(2);
        assertThat(first.path("more").asBoolean()).isTrue();
        JsonNode second = JSON.readTree(get("analyst@bank.demo", "/api/v1/intel/imports/" + id + "/objects?limit=2&after="
                + first.path("next").asLong()).body());
        assertThat(second.path("objects")).hasSize(1);
        assertThat(second.path("more").asBoolean()).isFalse();
        assertThat(List.of(first.path("objects").get(0).path("id").asString(), first.path("objects").get(1).path("id").asString(),
                second.path("objects").get(0).path("id").asString())).containsExactlyElementsOf(ids);
    }

    private List<String> listed(String viewer) {
        JsonNode page = JSON.readTree(get(viewer, "/api/v1/intel/imports?limit=200").body());
        return page.path("imports").valueStream().map(i -> i.path("id").asString()).toList();
    }

    private List<String> objects(String viewer, String importId) {
        JsonNode page = JSON.readTree(get(viewer, "/api/v1/intel/imports/" + importId + "/objects").body());
        return page.path("objects").valueStream().map(o -> o.path("id").asString()).toList();
    }
}
