package org.sipar.advisory.internal.kev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.Http.basic;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.sipar.support.stix.ReferenceData;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Importing CISA's KEV catalogue (the copy in the shared reference data) through the API, and what comes out
 * again: {@code /kev.json} in CISA's layout, valid against CISA's schema, and {@code /kev.csv} with CISA's columns.
 */
@DemoPlatform
class KevImportTests {

    static final String ANALYST = basic("analyst@cert.demo", "sipar-demo");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    /** CISA's catalogue, imported (again: importing is idempotent); skips the test without the reference data. */
    static JsonNode importCisa(int port) throws IOException {
        Path file = ReferenceData.require("data/kev/known_exploited_vulnerabilities.json");
        var answer = new Http(port).json("POST", "/api/v1/kev/import", ANALYST, Files.readString(file));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).get("read").asInt()).isEqualTo(1404);
        return JSON.readTree(file.toFile());
    }

    @Test
    void aReImportUpdatesWhatChangedAndNeverDuplicates() throws IOException {
        importCisa(port);
        var again = JSON.readTree(new Http(port).json("POST", "/api/v1/kev/import", ANALYST,
                Files.readString(ReferenceData.require("data/kev/known_exploited_vulnerabilities.json"))).body());
        assertThat(again.get("added").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(1404);
        JsonNode ours = JSON.readTree(new Http(port).json("GET", "/kev.json", null, null).body());
        List<String> cves = new ArrayList<>();
        ours.get("vulnerabilities").forEach(v -> cves.add(v.get("cveID").asString()));
        assertThat(cves).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(1404);
    }

    @Test
    void theJsonIsCisasLayoutValidAgainstCisasSchemaAndReParsesIntoTheSameEntries() throws IOException {
        JsonNode cisa = importCisa(port);
        JsonNode ours = JSON.readTree(new Http(port).json("GET", "/kev.json", null, null).body());
        assertThat(ours.propertyNames()).containsExactly("title", "catalogVersion", "dateReleased", "count", "vulnerabilities");
        assertThat(ours.get("count").asInt()).isEqualTo(ours.get("vulnerabilities").size());
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(
                Files.readString(ReferenceData.require("data/kev/known_exploited_vulnerabilities_schema.json")));
        assertThat(schema.validate(ours)).isEmpty();
        Map<String, JsonNode> byCve = byCve(ours);
        for (JsonNode entry : cisa.get("vulnerabilities")) {
            JsonNode mine = byCve.get(entry.get("cveID").asString());
            assertThat(mine).as(entry.get("cveID").asString()).isEqualTo(entry);
            assertThat(mine.propertyNames()).containsExactlyElementsOf(entry.propertyNames());
        }
    }

    @Test
    void theCsvHasCisasHeaderColumnOrderAndValues() throws IOException {
        importCisa(port);
        Path cisaFile = ReferenceData.require("data/kev/known_exploited_vulnerabilities.csv");
        String ours = new Http(port).get("/kev.csv").body();
        assertThat(ours.lines().findFirst()).contains(Files.readAllLines(cisaFile).getFirst());
        Map<String, CSVRecord> mine = records(ours);
        Map<String, CSVRecord> cisa = records(Files.readString(cisaFile));
        assertThat(cisa).hasSize(1404);
        cisa.forEach((cve, record) -> assertThat(mine.get(cve).toList()).as(cve).isEqualTo(record.toList()));
    }

    @Test
    void aBadFileIsRefusedNamingTheEntryAndFieldAndNothingOfItIsStored() {
        String file = """
                {"vulnerabilities": [
                  {"cveID": "CVE-2099-0001", "vendorProject": "Example", "product": "Gateway", "vulnerabilityName": "Example",
                   "dateAdded": "2099-01-01", "shortDescription": "x", "requiredAction": "y", "dueDate": "2099-01-21"},
                  {"cveID": "CVE-99-1", "vendorProject": "Example", "product": "Gateway", "vulnerabilityName": "Example",
                   "dateAdded": "2099-13-01", "shortDescription": "x", "requiredAction": "y", "dueDate": "2099-01-21",
                   "knownRansomwareCampaignUse": "Maybe"}]}""";
        var answer = new Http(port).json("POST", "/api/v1/kev/import", ANALYST, file);
        assertThat(answer.statusCode()).isEqualTo(400);
        JsonNode errors = JSON.readTree(answer.body()).get("errors");
        List<String> fields = new ArrayList<>();
        errors.forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactly("vulnerabilities[1].cveID", "vulnerabilities[1].dateAdded",
                "vulnerabilities[1].knownRansomwareCampaignUse");
        assertThat(errors.get(0).get("value").asString()).isEqualTo("CVE-99-1");
        assertThat(new Http(port).json("GET", "/kev.json", null, null).body()).doesNotContain("CVE-2099-0001");
    }

    @Test
    void aFileThatIsNotACatalogueIsRefused() {
        var notJson = new Http(port).json("POST", "/api/v1/kev/import", ANALYST, "{\"vulnerabilities\": [");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("\"field\":\"file\"");
        var noList = new Http(port).json("POST", "/api/v1/kev/import", ANALYST, "{\"title\": \"x\"}");
        assertThat(noList.statusCode()).isEqualTo(400);
        assertThat(noList.body()).contains("\"field\":\"vulnerabilities\"");
    }

    @Test
    void onlyThoseWhoPublishImport() {
        var member = new Http(port).json("POST", "/api/v1/kev/import", basic("member@cert.demo", "sipar-demo"),
                "{\"vulnerabilities\": []}");
        assertThat(member.statusCode()).isEqualTo(403);
        var anonymous = new Http(port).json("POST", "/api/v1/kev/import", null, "{\"vulnerabilities\": []}");
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    private static Map<String, JsonNode> byCve(JsonNode catalogue) {
        List<JsonNode> entries = new ArrayList<>();
        catalogue.get("vulnerabilities").forEach(entries::add);
        return entries.stream().collect(Collectors.toMap(v -> v.get("cveID").asString(), Function.identity()));
    }

    private static Map<String, CSVRecord> records(String csv) throws IOException {
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        return format.parse(new StringReader(csv)).getRecords().stream()
                .collect(Collectors.toMap(r -> r.get("cveID"), Function.identity()));
    }
}
