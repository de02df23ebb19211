package org.sipar.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The advisory workflow through the workroom's pages: draft, review by another analyst, publication as CSAF
 * documents (both languages, hashed) on the public pages, revisions, withdrawal, and the refusals on the way.
 */
@DemoPlatform
class AdvisoryWorkflowTests extends AdvisoryFixture {

    private static final Pattern CSAF_LINK = Pattern.compile("href=\"(/\\.well-known/csaf/white/\\d{4}/[a-z0-9_+-]+\\.json)\"");

    @Test
    void anAnalystWritesAnotherApprovesAndThePublicReadsItInBothLanguages() throws Exception {
        String title = "Workflow " + UUID.randomUUID();
        Http author = as(AUTHOR);
        String id = draft(author, securityAdvisory(title, "CLEAR"));
        assertThat(step(author, id, "submit", "").statusCode()).isEqualTo(302);
        assertThat(step(author, id, "approve", "").statusCode()).as("the author approves their own").isEqualTo(403);
        Http reviewer = as(REVIEWER);
        assertThat(step(reviewer, id, "approve", "").statusCode()).isEqualTo(302);
        assertThat(anonymous().get("/advisories?q=" + title.split(" ")[1]).body()).doesNotContain(title);
        assertThat(step(reviewer, id, "publish", "Initial release").statusCode()).isEqualTo(302);

        Http visitor = anonymous();
        String list = visitor.get("/advisories?q=" + title.split(" ")[1]).body();
        assertThat(list).contains(title);
        Matcher tracking = Pattern.compile("href=\"/advisories/(SIPAR-\\d{4}-\\d{4})\"").matcher(list);
        assertThat(tracking.find()).isTrue();
        String page = visitor.get("/advisories/" + tracking.group(1)).body();
        assertThat(page).contains(title).contains("CVE-2026-10001").contains("<em>" + title + "</em>");
        assertThat(visitor.get("/advisories/" + tracking.group(1) + "?lang=ur").body()).contains("اردو " + title);

        Matcher link = CSAF_LINK.matcher(page);
        assertThat(link.find()).as(page).isTrue();
        HttpResponse<String> csaf = visitor.get(link.group(1));
        assertThat(csaf.statusCode()).isEqualTo(200);
        JsonNode doc = JsonMapper.shared().readTree(csaf.body());
        assertThat(doc.path("document").path("tracking").path("id").asString()).isEqualTo(tracking.group(1));
        assertThat(doc.path("document").path("tracking").path("version").asString()).isEqualTo("1");
        assertThat(doc.path("document").path("distribution").path("tlp").path("label").asString()).isEqualTo("WHITE");
        assertThat(doc.path("vulnerabilities").path(0).path("cwe").path("name").asString())
                .isEqualTo("Improper Neutralization of Input During Web Page Generation ('Cross-site Scripting')");
        assertThat(doc.path("vulnerabilities").path(0).path("scores").path(0).path("cvss_v3").path("baseScore").asDouble()).isEqualTo(6.1);
        String sha256 = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(csaf.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(visitor.get(link.group(1) + ".sha256").body()).startsWith(sha256 + "  ");
        String urdu = link.group(1).replace(".json", "-ur.json");
        JsonNode ur = JsonMapper.shared().readTree(visitor.get(urdu).body());
        assertThat(ur.path("document").path("lang").asString()).isEqualTo("ur");
        assertThat(ur.path("document").path("source_lang").asString()).isEqualTo("en");
        assertThat(ur.path("document").path("tracking").path("id").asString()).isEqualTo(tracking.group(1) + "-UR");
    }

    @Test
    void reviewNeedsWhatTheProfileRequiresAndTheEditorSaysWhich() {
        Http author = as(AUTHOR);
        String id = draft(author, Map.of("category", "csaf_security_advisory", "tlp", "CLEAR", "audience", "PUBLIC",
                "title.en", "Incomplete " + UUID.randomUUID()));
        HttpResponse<String> refused = step(author, id, "submit", "");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Summary (English)").contains("Product 1: Product")
                .contains("Vulnerability 1: CVE");
        assertThat(author.get("/advisories/workroom/" + id).body()).contains("Draft");
    }

    @Test
    void aBadCveOrCvssVectorIsNamedAndNothingTypedIsLost() {
        Http author = as(AUTHOR);
        author.get("/advisories/workroom/new");
        Map<String, String> fields = new java.util.HashMap<>(securityAdvisory("Bad input " + UUID.randomUUID(), "CLEAR"));
        fields.put("vulnerabilities[0].cve", "CVE-26-1");
        fields.put("vulnerabilities[0].cvss31", "CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
        HttpResponse<String> refused = author.post("/advisories/workroom", fields);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("CVE-26-1").contains("is not a CVE id").contains("Vulnerability 1: CVSS 3.1 vector")
                .contains(fields.get("title.en"));
        assertThat(refused.body()).containsPattern("(?i)(position|character) 1[0-9]");
    }

    @Test
    void scriptInAnyTextIsShownAsTextNeverRun() {
        String marker = UUID.randomUUID().toString();
        Map<String, String> fields = new java.util.HashMap<>(securityAdvisory("<script>alert(1)</script> " + marker, "CLEAR"));
        fields.put("details.en", "<img src=x onerror=alert(2)> [link](javascript:alert(3))");
        String tracking = published(fields);
        String page = anonymous().get("/advisories/" + tracking).body();
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt; " + marker).doesNotContain("<script>alert(1)")
                .doesNotContain("<img src=x").doesNotContain("javascript:alert");
    }

    @Test
    void onlyTheNationalCertsAnalystsWriteAdvisories() {
        assertThat(as("analyst@bank.demo").page("/advisories/workroom").statusCode()).isEqualTo(403);
        assertThat(as("member@cert.demo").page("/advisories/workroom").statusCode()).isEqualTo(403);
        assertThat(anonymous().page("/advisories/workroom").statusCode()).isEqualTo(302);
    }

    @Test
    void aPublishedAdvisoryChangesOnlyThroughANewRevisionAndWithdrawingPublishesAFinalOne() {
        String title = "Revised " + UUID.randomUUID();
        Http author = as(AUTHOR);
        Http reviewer = as(REVIEWER);
        String id = draft(author, securityAdvisory(title, "CLEAR"));
        step(author, id, "submit", "");
        step(reviewer, id, "approve", "");
        step(reviewer, id, "publish", "");
        Map<String, String> inPlace = new java.util.HashMap<>(securityAdvisory(title + " (in place)", "CLEAR"));
        inPlace.put("lockVersion", lock(author, id));
        assertThat(author.post("/advisories/workroom/" + id, inPlace).statusCode())
                .as("a published advisory is not edited in place").isEqualTo(409);
        assertThat(step(author, id, "revise", "").statusCode()).isEqualTo(302);
        Map<String, String> changed = new java.util.HashMap<>(securityAdvisory(title + " (updated)", "CLEAR"));
        changed.put("lockVersion", lock(author, id));
        assertThat(author.post("/advisories/workroom/" + id, changed).statusCode()).isEqualTo(302);
        step(author, id, "submit", "");
        step(reviewer, id, "approve", "");
        step(reviewer, id, "publish", "Fixed versions corrected");
        JsonNode v2 = csafOf(author, id);
        assertThat(v2.path("document").path("tracking").path("version").asString()).isEqualTo("2");
        assertThat(v2.path("document").path("tracking").path("revision_history").toString()).contains("Fixed versions corrected");
        assertThat(v2.path("document").path("title").asString()).endsWith("(updated)");

        assertThat(step(reviewer, id, "withdraw", "").statusCode()).as("a reason is needed").isEqualTo(400);
        assertThat(step(reviewer, id, "withdraw", "Published in error").statusCode()).isEqualTo(302);
        JsonNode v3 = csafOf(author, id);
        assertThat(v3.path("document").path("tracking").path("version").asString()).isEqualTo("3");
        assertThat(v3.path("document").path("notes").toString()).contains("withdrawn: Published in error");
        assertThat(step(reviewer, id, "revise", "").statusCode()).isEqualTo(409);
        assertThat(as("admin@cert.demo").get("/admin/audit?action=advisory.").body())
                .contains("Withdrew advisory").contains("Published revision 2 of advisory");
    }

    @Test
    void thePageShowsOnlyTheRelatedIntelligenceItsReaderMaySee() {
        String clear = org.sipar.support.stix.Stix.newId("malware");
        String green = org.sipar.support.stix.Stix.newId("malware");
        String bundle = org.sipar.support.stix.Stix.bundle(
                org.sipar.support.stix.Stix.malware(clear, org.sipar.support.stix.Stix.CREATED, org.sipar.sharing.Tlp.CLEAR),
                org.sipar.support.stix.Stix.malware(green, org.sipar.support.stix.Stix.CREATED, org.sipar.sharing.Tlp.GREEN));
        assertThat(anonymous().json("POST", "/api/v1/intel/bundles", Http.basic(AUTHOR, PASSWORD), bundle).statusCode()).isLessThan(300);
        Map<String, String> fields = new java.util.HashMap<>(securityAdvisory("Related " + UUID.randomUUID(), "CLEAR"));
        fields.put("stixIds", clear + "\n" + green);
        String tracking = published(fields);
        assertThat(anonymous().get("/advisories/" + tracking).body()).contains("/advisories/" + tracking + "/related")
                .doesNotContain(green).doesNotContain(clear);
        String visitor = anonymous().get("/advisories/" + tracking + "/related").body();
        assertThat(visitor).contains(clear).doesNotContain(green);
        assertThat(as("member@bank.demo").get("/advisories/" + tracking + "/related").body()).contains(clear).contains(green);
    }

    private String lock(Http who, String id) {
        Matcher m = Pattern.compile("name=\"lockVersion\" value=\"(\\d+)\"").matcher(who.get("/advisories/workroom/" + id).body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private JsonNode csafOf(Http who, String id) {
        String page = who.get("/advisories/workroom/" + id).body();
        Matcher tracking = Pattern.compile("<bdi>(SIPAR-\\d{4}-\\d{4})</bdi>").matcher(page);
        assertThat(tracking.find()).isTrue();
        Matcher link = CSAF_LINK.matcher(anonymous().get("/advisories/" + tracking.group(1)).body());
        assertThat(link.find()).isTrue();
        return JsonMapper.shared().readTree(anonymous().get(link.group(1)).body());
    }
}
