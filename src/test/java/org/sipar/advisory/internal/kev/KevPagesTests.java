package org.sipar.advisory.internal.kev;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The catalogue's page for everyone, its conditional GETs, and the forms of national entries for analysts. */
@DemoPlatform
class KevPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anyoneReadsThePageTheJsonAndTheCsvWithoutSigningIn() {
        Http anonymous = new Http(port);
        var page = anonymous.page("/kev?q=log4j");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(row("CVE-2021-44228")).doesNotContain(row("CVE-2024-3400")).doesNotContain("/kev/new");
        assertThat(anonymous.get("/kev.json").statusCode()).isEqualTo(200);
        var csv = anonymous.get("/kev.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    }

    @Test
    void thePageIsInUrduWithItsLabelsTranslatedAndTheDataAsItIs() {
        var page = new Http(port).page("/kev?lang=ur&q=CVE-2024-6387");
        assertThat(page.body()).contains("dir=\"rtl\"", "رینسم ویئر میں استعمال", "OpenSSH", "قومی اندراج");
    }

    @Test
    void filtersByRansomwareUseAndDayAddedNewestFirst() {
        String known = new Http(port).page("/kev?ransomware=Known&from=2023-10-16&to=2024-02-22").body();
        assertThat(known).contains(row("CVE-2024-1709"), row("CVE-2023-4966"))
                .doesNotContain(row("CVE-2021-44228"), row("CVE-2023-20198"));
        assertThat(known.indexOf(row("CVE-2024-1709"))).isLessThan(known.indexOf(row("CVE-2023-4966")));
        var badDay = new Http(port).page("/kev?from=yesterday");
        assertThat(badDay.statusCode()).isEqualTo(400);
        assertThat(badDay.body()).contains("from", "yesterday", "YYYY-MM-DD");
    }

    @Test
    void aConditionalGetOfAnUnchangedCatalogueIsAnswered304() throws Exception {
        for (String path : new String[] {"/kev.json", "/kev.csv"}) {
            var first = send(path, Map.of());
            assertThat(first.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("max-age"));
            String etag = first.headers().firstValue("ETag").orElseThrow();
            String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
            assertThat(send(path, Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);
            assertThat(send(path, Map.of("If-Modified-Since", lastModified)).statusCode()).isEqualTo(304);
            assertThat(send(path, Map.of("If-None-Match", "\"other\"")).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void anAnalystAddsEditsAndRemovesANationalEntryEachAudited() {
        Http analyst = new Http(port);
        analyst.signIn("analyst@cert.demo", "sipar-demo");
        analyst.get("/kev/new");
        Map<String, String> form = new HashMap<>(Map.of("cveID", "CVE-2098-12345", "vendorProject", "Example",
                "product", "Router", "vulnerabilityName", "Example Router Command Injection", "dateAdded", "2098-02-30",
                "shortDescription", "Commands in a field.", "requiredAction", "Update.", "dueDate", "2098-03-15",
                "knownRansomwareCampaignUse", "Unknown", "cwes", "CWE-78"));
        var refused = analyst.post("/kev/new", form);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Date added", "2098-02-30", "YYYY-MM-DD");
        form.put("dateAdded", "2098-02-28");
        assertThat(analyst.post("/kev/new", form).statusCode()).isEqualTo(302);
        assertThat(analyst.page("/kev?q=CVE-2098-12345").body()).contains("Example Router Command Injection");
        analyst.get("/kev/CVE-2098-12345/edit");
        form.put("vulnerabilityName", "Example Router OS Command Injection");
        assertThat(analyst.post("/kev/CVE-2098-12345/edit", form).statusCode()).isEqualTo(302);
        assertThat(new Http(port).get("/kev.json").body()).contains("Example Router OS Command Injection");
        analyst.get("/kev/CVE-2098-12345/edit");
        assertThat(analyst.post("/kev/CVE-2098-12345/delete", Map.of()).statusCode()).isEqualTo(302);
        assertThat(new Http(port).get("/kev.json").body()).doesNotContain("CVE-2098-12345");
        assertThat(jdbc.sql("select action from audit_log where target = 'CVE-2098-12345' order by id")
                .query(String.class).list()).containsExactly("advisory.kev.add", "advisory.kev.edit", "advisory.kev.remove");
    }

    @Test
    void anAnalystUploadsACatalogueOnThePageAndABadOneIsRefusedNamingTheField() {
        Http analyst = new Http(port);
        analyst.signIn("analyst@cert.demo", "sipar-demo");
        analyst.get("/kev/new");
        String file = """
                {"vulnerabilities": [{"cveID": "CVE-2097-0042", "vendorProject": "Example", "product": "VPN",
                  "vulnerabilityName": "Example VPN Path Traversal", "dateAdded": "2097-05-01", "shortDescription": "x",
                  "requiredAction": "Update.", "dueDate": "2097-05-22", "knownRansomwareCampaignUse": "Known",
                  "notes": "", "cwes": ["CWE-22"]}]}""";
        var done = analyst.upload("/kev/import", "file", "kev.json", file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(analyst.page("/kev").body()).contains("id=\"kev-imported\"", row("CVE-2097-0042"));
        analyst.get("/kev/new");
        var refused = analyst.upload("/kev/import", "file", "kev.json",
                file.replace("2097-05-22", "soon").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("vulnerabilities[0].dueDate", "soon");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'advisory.kev.import' and target = 'kev.json'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aMemberIsNotOfferedTheFormsAndIsRefusedThem() {
        Http member = new Http(port);
        member.signIn("member@cert.demo", "sipar-demo");
        assertThat(member.page("/kev").body()).doesNotContain("/kev/new", "kev-import");
        assertThat(member.page("/kev/new").statusCode()).isEqualTo(403);
    }

    /** The table row of an entry. */
    private static String row(String cve) {
        return "<tr id=\"" + cve + "\">";
    }

    private HttpResponse<String> send(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        headers.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
