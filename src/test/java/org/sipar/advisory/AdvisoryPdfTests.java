package org.sipar.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.sipar.identity.Directory;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An advisory printed: {@code /advisories/{tracking-id}.pdf} in either language, saying what the page says with the
 * TLP label on each page, cached by the document's hash, and answered 404 to everyone the sharing policy does not
 * give the advisory to (each TLP level × each kind of viewer, as {@link AdvisoryLeakTests}).
 */
@DemoPlatform
class AdvisoryPdfTests extends AdvisoryFixture {

    @Autowired
    Directory directory;

    @Test
    void aPublishedAdvisoryPrintsWithItsFactsVulnerabilitiesAndHistoryInBothLanguages() throws Exception {
        String marker = "print" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> fields = new HashMap<>(securityAdvisory(marker + " advisory", "CLEAR"));
        fields.put("details.en", "Details of " + marker + ":\n\n- first step\n- second step\n\n```\nconfig off\n```");
        String tracking = published(fields);
        assertThat(anonymous().get("/advisories/" + tracking).body()).contains("href=\"/advisories/" + tracking + ".pdf?lang=en\"");

        HttpResponse<byte[]> english = pdf(tracking + ".pdf?lang=en", null);
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String text = text(english.body());
        assertThat(text).contains(marker + " advisory", tracking, "TLP:CLEAR", "CVE-2026-10001", "CWE-79",
                "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N", "Example Vendor Gateway 4.2", "Upgrade to 4.3.",
                "Cross-site scripting in the portal.", "first step", "second step", "config off",
                "Vendor advisory: https://vendor.example/advisories/1", "Initial release", "Revision history");
        assertThat(text).doesNotContain("<p>", "**", "```");

        HttpResponse<byte[]> urdu = pdf(tracking + ".pdf?lang=ur", null);
        assertThat(urdu.headers().firstValue("Content-Language")).hasValue("ur");
        assertThat(text(urdu.body())).contains(tracking + "-UR", "ٹریکنگ شناخت", "اردو", marker, "TLP:CLEAR", "CVE-2026-10001");
    }

    @Test
    void thePdfIsCachedByItsDocumentsHashAndAskedForAgainOnlyAfterARevision() throws Exception {
        String tracking = published(securityAdvisory("cached" + UUID.randomUUID().toString().substring(0, 8), "CLEAR"));
        HttpResponse<byte[]> first = pdf(tracking + ".pdf", null);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).matches("W/\"[0-9a-f]{64}-en\"");
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("public");
        HttpResponse<byte[]> again = pdf(tracking + ".pdf?lang=en", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(pdf(tracking + ".pdf?lang=en", "W/\"0000-en\"").statusCode()).isEqualTo(200);
    }

    @Test
    void thePdfOfAProtectedAdvisoryIsNotFoundByThoseWhoMayNotSeeIt() {
        Map<String, String> tracking = new HashMap<>();
        String bank = directory.organisations().stream().filter(o -> o.name().equals("First National Bank")).findFirst().orElseThrow().id().toString();
        String group = directory.sharingGroups().stream().filter(g -> g.name().equals("Finance and telecom sector")).findFirst().orElseThrow().id().toString();
        for (String level : List.of("GREEN", "AMBER", "AMBER_STRICT", "RED")) {
            Map<String, String> fields = new HashMap<>(securityAdvisory("pdfleak" + level.toLowerCase(Locale.ROOT) + UUID.randomUUID(), level));
            switch (level) {
                case "AMBER" -> fields.put("recipientGroups", group);
                case "AMBER_STRICT" -> fields.put("recipientOrgs", bank);
                case "RED" -> fields.put("recipientPeopleEmails", "analyst@telco.demo\n" + REVIEWER);
                default -> { }
            }
            tracking.put(level, published(fields));
        }
        Map<String, Set<String>> sees = Map.of(
                "anonymous", Set.of(),
                "analyst@moit.demo", Set.of("GREEN"),
                "analyst@telco.demo", Set.of("GREEN", "AMBER", "RED"),
                "analyst@bank.demo", Set.of("GREEN", "AMBER", "AMBER_STRICT"),
                "member@cert.demo", Set.of("GREEN", "AMBER", "AMBER_STRICT"),
                AUTHOR, Set.of("GREEN", "AMBER", "AMBER_STRICT", "RED"));
        SoftAssertions soft = new SoftAssertions();
        sees.forEach((viewer, levels) -> {
            Http session = viewer.equals("anonymous") ? anonymous() : as(viewer);
            tracking.forEach((level, id) -> {
                HttpResponse<String> answer = session.get("/advisories/" + id + ".pdf");
                soft.assertThat(answer.statusCode()).as("%s prints the TLP:%s advisory", viewer, level)
                        .isEqualTo(levels.contains(level) ? 200 : 404);
                soft.assertThat(answer.headers().firstValue("Cache-Control").orElse(""))
                        .as("a TLP:%s PDF is not for shared caches", level).doesNotContain("public");
            });
        });
        soft.assertAll();
    }

    private HttpResponse<byte[]> pdf(String path, String ifNoneMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/advisories/" + path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
