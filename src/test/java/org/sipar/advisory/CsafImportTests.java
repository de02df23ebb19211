package org.sipar.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.sipar.support.stix.ReferenceData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A CSAF 2.0 document made into a new draft, through the workroom's import page and through the API
 * ({@code POST /api/v1/advisories/drafts}, read back at {@code /api/v1/advisories/drafts/{id}/csaf}): the draft's
 * export says what the document said of its vulnerabilities and products; a broken document is refused naming where.
 */
@DemoPlatform
class CsafImportTests extends AdvisoryFixture {

    private static final String WRITER = Http.basic(AUTHOR, PASSWORD);

    @Test
    void eachRedHatDocumentBecomesADraftWhoseExportHasItsCvesAndProducts() throws Exception {
        Path folder = ReferenceData.require("data/csaf/advisories/redhat");
        List<Path> documents;
        try (var files = Files.list(folder)) {
            documents = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : documents) {
            JsonNode source = JsonMapper.shared().readTree(Files.readString(file));
            JsonNode export = JsonMapper.shared().readTree(exportOf(create(Files.readString(file))));
            assertThat(values(export, "/vulnerabilities", "/cve")).as(file.toString())
                    .isEqualTo(values(source, "/vulnerabilities", "/cve"));
            Set<String> exported = productNames(export);
            for (String name : namedProducts(source)) {
                assertThat(exported).as(file + ": " + name).anyMatch(e -> e.endsWith(name));
            }
            assertThat(export.at("/document/title").asString()).isEqualTo(source.at("/document/title").asString());
        }
    }

    @Test
    void sipasOwnExportImportsBackToTheSameProductsAndScores() {
        Http author = as(AUTHOR);
        String id = draft(author, securityAdvisory("roundtrip" + UUID.randomUUID(), "CLEAR"));
        String original = author.get("/advisories/workroom/" + id + "/csaf.json").body();
        JsonNode again = JsonMapper.shared().readTree(exportOf(create(original)));
        JsonNode first = JsonMapper.shared().readTree(original);
        assertThat(productNames(again)).isEqualTo(productNames(first)).contains("Example Vendor Gateway 4.2");
        assertThat(again.at("/vulnerabilities/0/scores/0/cvss_v3/vectorString").asString())
                .isEqualTo("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N");
        assertThat(again.at("/vulnerabilities/0/product_status").toString()).isEqualTo(first.at("/vulnerabilities/0/product_status").toString());
    }

    @Test
    void theImportPageTakesAnUploadAndRefusesABrokenPasteNamingTheLine() throws Exception {
        Http author = as(AUTHOR);
        assertThat(author.get("/advisories/workroom").body()).contains("href=\"/advisories/workroom/import\"");
        assertThat(author.get("/advisories/workroom/import").statusCode()).isEqualTo(200);
        String own = author.get("/advisories/workroom/" + draft(author, securityAdvisory("upload" + UUID.randomUUID(), "GREEN"))
                + "/csaf.json").body();
        author.get("/advisories/workroom/import");
        HttpResponse<String> uploaded = author.upload("/advisories/workroom/import", "file", "advisory.json",
                own.getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
        assertThat(uploaded.headers().firstValue("Location").orElseThrow()).matches(".*/advisories/workroom/[0-9a-f-]{36}\\?imported");
        author.get("/advisories/workroom/import");
        HttpResponse<String> broken = author.post("/advisories/workroom/import", Map.of("json", "{\"document\":\n{\"csaf_version\" \"2.0\"}}"));
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("id=\"import-errors\"", "is not JSON", "line 2", "csaf_version");
    }

    @Test
    void theApiRefusesWhatIsNotCsafNamingTheMemberAndSomeoneWhoDoesNotWrite() {
        HttpResponse<String> notCsaf = anonymous().json("POST", "/api/v1/advisories/drafts", WRITER,
                "{\"document\": {\"csaf_version\": \"1.0\", \"title\": \"Old\"}}");
        assertThat(notCsaf.statusCode()).isEqualTo(400);
        assertThat(notCsaf.body()).contains("/document/csaf_version", "must be \\\"2.0\\\"");
        HttpResponse<String> broken = anonymous().json("POST", "/api/v1/advisories/drafts", WRITER, "{\"document\": [");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("is not JSON");
        String valid = "{\"document\": {\"csaf_version\": \"2.0\", \"title\": \"Fine\", \"category\": \"csaf_base\"}}";
        assertThat(anonymous().json("POST", "/api/v1/advisories/drafts", Http.basic("member@bank.demo", PASSWORD), valid)
                .statusCode()).isEqualTo(403);
        assertThat(anonymous().json("POST", "/api/v1/advisories/drafts", null, valid).statusCode()).isEqualTo(401);
        assertThat(as("member@bank.demo").get("/advisories/workroom/import").statusCode()).isEqualTo(403);
    }

    @Test
    void aDraftsExportThroughTheApiReachesOnlyTheWritersThePolicyGivesItTo() {
        String document = "{\"document\": {\"csaf_version\": \"2.0\", \"title\": \"Red draft\", \"category\": \"csaf_base\","
                + " \"distribution\": {\"tlp\": {\"label\": \"%s\"}}}}";
        String red = create(document.formatted("RED"));
        String amber = create(document.formatted("AMBER"));
        assertThat(exportOf(red)).contains("Red draft", "\"RED\"");
        String colleague = Http.basic(REVIEWER, PASSWORD);
        assertThat(anonymous().json("GET", "/api/v1/advisories/drafts/" + red + "/csaf", colleague, null).statusCode())
                .as("TLP:RED without naming them is for its author alone").isEqualTo(404);
        assertThat(anonymous().json("GET", "/api/v1/advisories/drafts/" + amber + "/csaf", colleague, null).statusCode())
                .as("TLP:AMBER is for the author's organisation").isEqualTo(200);
        assertThat(anonymous().json("GET", "/api/v1/advisories/drafts/" + amber + "/csaf", Http.basic("member@cert.demo", PASSWORD),
                null).statusCode()).as("drafts are for those who write").isEqualTo(403);
        assertThat(anonymous().json("GET", "/api/v1/advisories/drafts/" + amber + "/csaf", Http.basic("analyst@bank.demo", PASSWORD),
                null).statusCode()).isEqualTo(403);
    }

    /** Makes a draft of {@code csaf} through the API; returns its id. */
    private String create(String csaf) {
        HttpResponse<String> created = anonymous().json("POST", "/api/v1/advisories/drafts", WRITER, csaf);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode draft = JsonMapper.shared().readTree(created.body());
        assertThat(draft.path("state").asString()).isEqualTo("DRAFT");
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith(draft.path("id").asString());
        return draft.path("id").asString();
    }

    private String exportOf(String id) {
        HttpResponse<String> export = anonymous().json("GET", "/api/v1/advisories/drafts/" + id + "/csaf", WRITER, null);
        assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
        return export.body();
    }

    private static List<String> values(JsonNode root, String array, String member) {
        return root.at(array).valueStream().map(v -> v.at(member).asString("")).toList();
    }

    /** Every full product name under the document's product tree's branches. */
    private static Set<String> productNames(JsonNode root) {
        Set<String> names = new TreeSet<>();
        root.at("/product_tree").findValues("product").forEach(p -> names.add(p.path("name").asString("")));
        return names;
    }

    /** The full names of the products the document says are affected or fixed. */
    private static Set<String> namedProducts(JsonNode root) {
        Set<String> ids = new TreeSet<>();
        root.path("vulnerabilities").forEach(v -> List.of("known_affected", "fixed").forEach(s ->
                v.path("product_status").path(s).forEach(id -> ids.add(id.asString()))));
        Set<String> names = new TreeSet<>();
        root.at("/product_tree").findParents("product_id").stream()
                .filter(p -> ids.contains(p.path("product_id").asString())).forEach(p -> names.add(p.path("name").asString()));
        return names;
    }
}
