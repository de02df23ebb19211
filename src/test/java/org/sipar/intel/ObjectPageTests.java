package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.intel.PageObjects.id;
import static org.sipar.support.Http.basic;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.sipar.sharing.Tlp;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.node.ObjectNode;

/** An object's page shows the intelligence (description, terms, pattern, contents, ends, state), the JSON folded. */
@DemoPlatform
class ObjectPageTests {

    @LocalServerPort
    int port;

    private void publish(ObjectNode... objects) {
        HttpResponse<String> r = new Http(port).json("POST", "/api/v1/intel/bundles", basic("analyst@bank.demo", "sipar-demo"),
                PageObjects.bundle(objects));
        assertThat(r.body()).as(r.body()).contains("\"rejections\":[]");
    }

    private String page(ObjectNode o) {
        HttpResponse<String> r = new Http(port).get("/intel/objects/" + id(o));
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    private String pageInUrdu(ObjectNode o) {
        return new Http(port).get("/intel/objects/" + id(o) + "?lang=ur").body();
    }

    @Test
    void aDescriptionIsRenderedSafelyWithItsCitationsAndReferences() {
        ObjectNode actor = PageObjects.named("intrusion-set", Tlp.CLEAR, "Cobalt Kestrel");
        actor.put("description", "Cobalt Kestrel **targets** banks.(Citation: Kestrel Report) <script>alert('x')</script>"
                + " [click](javascript:alert(1)) <img src=x onerror=alert(1)>");
        actor.putArray("external_references").add(actor.objectNode().put("source_name", "mitre-attack").put("external_id", "G9999")
                .put("url", "https://attack.mitre.org/groups/G9999"))
                .add(actor.objectNode().put("source_name", "Kestrel Report").put("url", "https://reports.example/kestrel")
                        .put("description", "Example Corp. (2026). Kestrel."));
        publish(actor);
        String page = PageObjects.rendered(page(actor));
        assertThat(page).contains("<strong>targets</strong>").contains("class=\"citation\"")
                .contains("href=\"https://reports.example/kestrel\"").contains(">[2]</a>");
        assertThat(page).doesNotContain("<script>alert").doesNotContain("href=\"javascript").doesNotContain("<img src=x");
        assertThat(page).contains("<li id=\"ref-1\">").contains("G9999").contains("<li id=\"ref-2\">")
                .contains("Example Corp. (2026). Kestrel.");
    }

    @Test
    void termsDatesAndAuthorAreListed() {
        ObjectNode author = PageObjects.named("identity", Tlp.CLEAR, "Bank Threat Unit");
        ObjectNode technique = PageObjects.named("attack-pattern", Tlp.CLEAR, "Spearphishing Link");
        technique.put("created_by_ref", id(author)).put("confidence", 85);
        technique.putArray("labels").add("phishing");
        technique.putArray("x_mitre_platforms").add("Windows").add("macOS");
        technique.putArray("x_mitre_domains").add("enterprise-attack");
        technique.putArray("x_mitre_aliases").add("Link Lure");
        technique.putArray("kill_chain_phases").add(technique.objectNode().put("kill_chain_name", "mitre-attack")
                .put("phase_name", "initial-access"));
        publish(author, technique);
        String page = page(technique);
        assertThat(page).contains("<dd class=\"author\"><a href=\"/intel/objects/" + id(author) + "\"><bdi>Bank Threat Unit</bdi></a>");
        assertThat(page).contains("<bdi class=\"badge\">phishing</bdi>", "85 out of 100", "mitre-attack: initial-access",
                "<bdi class=\"badge\">Windows</bdi>", "<bdi class=\"badge\">macOS</bdi>", "enterprise-attack", "Link Lure",
                "2026-03-01T00:00:00.000Z", "Last modified");
        assertThat(pageInUrdu(technique)).contains("مصنف", "آخری ترمیم", "کِل چین کے مراحل", "<bdi class=\"badge\">phishing</bdi>");
    }

    @Test
    void anIndicatorShowsItsPatternAndTheObservablesItNames() {
        ObjectNode indicator = PageObjects.indicator(Tlp.CLEAR, "Kestrel infrastructure",
                "([ipv4-addr:value = '203.0.113.9'] AND [file:hashes.'SHA-256' = '"
                        + "a".repeat(64) + "']) OR [domain-name:value LIKE '%.kestrel.example']");
        indicator.put("valid_until", "2027-01-01T00:00:00Z");
        publish(indicator);
        String page = page(indicator);
        assertThat(page).contains("<pre class=\"pattern\" dir=\"ltr\"><code id=\"pattern\">").contains("data-copy=\"pattern\"")
                .contains("<span class=\"mono\" dir=\"ltr\">stix</span>").contains("2027-01-01T00:00:00Z");
        assertThat(page).contains("<td class=\"mono\" dir=\"ltr\">ipv4-addr</td><td class=\"mono\" dir=\"ltr\">value</td>")
                .contains("<span id=\"observable-1\">203.0.113.9</span>").contains(">hashes.'SHA-256'</td>")
                .contains("<span id=\"observable-2\">" + "a".repeat(64) + "</span>")
                .contains("LIKE</span> <span id=\"observable-3\">%.kestrel.example</span>")
                .contains("data-copy=\"observable-3\"");
    }

    @Test
    void aReportListsItsContentsAndARelationshipSaysWhatItRelates() {
        ObjectNode malware = PageObjects.named("malware", Tlp.GREEN, "KestrelLoader");
        ObjectNode actor = PageObjects.named("intrusion-set", Tlp.CLEAR, "Kestrel Crew");
        ObjectNode uses = PageObjects.relationship(Tlp.CLEAR, "uses", id(actor), id(malware));
        uses.put("description", "Since *2025*.").put("start_time", "2025-01-01T00:00:00Z").put("stop_time", "2026-01-01T00:00:00Z");
        ObjectNode report = PageObjects.report(Tlp.CLEAR, "Kestrel roundup", id(actor), id(malware), id(uses));
        publish(malware, actor, uses, report);

        Http analyst = new Http(port);
        analyst.signIn("analyst@telco.demo", "sipar-demo");
        String contents = analyst.get("/intel/objects/" + id(report)).body();
        assertThat(contents).contains("Kestrel Crew", "KestrelLoader", "TLP:GREEN").doesNotContain("hidden-count");
        String relation = analyst.get("/intel/objects/" + id(uses)).body();
        assertThat(relation).contains("<a href=\"/intel/objects/" + id(actor) + "\"><bdi>Kestrel Crew</bdi></a>")
                .contains("<span class=\"verb\">— <bdi>uses</bdi> →</span>")
                .contains("<a href=\"/intel/objects/" + id(malware) + "\"><bdi>KestrelLoader</bdi></a>")
                .contains("<em>2025</em>").contains("2025-01-01T00:00:00Z").contains("Observed until");

        String anonymous = PageObjects.rendered(page(report));
        assertThat(anonymous).contains("Kestrel Crew").doesNotContain("KestrelLoader").doesNotContain(id(malware))
                .contains("One more object in it is not shared with you.");
        assertThat(PageObjects.rendered(page(uses))).contains("an object you cannot see").doesNotContain("KestrelLoader");
    }

    @Test
    void revokedAndDeprecatedObjectsSayWhatReplacesThem() {
        ObjectNode replacement = PageObjects.named("attack-pattern", Tlp.CLEAR, "Phishing for Information");
        ObjectNode old = PageObjects.named("attack-pattern", Tlp.CLEAR, "Old Phishing").put("revoked", true);
        ObjectNode revokedBy = PageObjects.relationship(Tlp.CLEAR, "revoked-by", id(old), id(replacement));
        ObjectNode deprecated = PageObjects.named("attack-pattern", Tlp.CLEAR, "Retired Technique").put("x_mitre_deprecated", true);
        publish(replacement, old, revokedBy, deprecated);
        assertThat(page(old)).contains("<span class=\"state state-revoked\">Revoked</span>", "class=\"banner\"",
                "It is replaced by:", "<a href=\"/intel/objects/" + id(replacement) + "\"><bdi>Phishing for Information</bdi></a>");
        assertThat(page(deprecated)).contains("state-deprecated", "This object is deprecated").doesNotContain("state-revoked");
        assertThat(page(replacement)).doesNotContain("class=\"banner\"");
        assertThat(pageInUrdu(old)).contains("منسوخ", "اس کی جگہ:");
    }

    @Test
    void theRawJsonIsFoldedAtTheBottom() {
        ObjectNode tool = PageObjects.named("tool", Tlp.CLEAR, "Kestrel Kit");
        publish(tool);
        String page = page(tool);
        assertThat(page).contains("<details class=\"card raw\">", "<summary>The object as STIX JSON</summary>");
        assertThat(page.indexOf("<details class=\"card raw\">")).isGreaterThan(page.indexOf("<h2>Versions</h2>"));
        assertThat(page.substring(page.indexOf("<details class=\"card raw\">"))).contains("\"name\" : \"Kestrel Kit\"");
    }
}
