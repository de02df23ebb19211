package org.sipar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sipar.sharing.Tlp;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.sipar.support.stix.ReferenceData;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A real browser reads object pages in English and Urdu: an ATT&CK group (OilRig, from the shared ATT&CK for ICS
 * bundle when it is there, else a made-up group) with its Markdown, citations and references; an indicator and the
 * observables it names, copied with a click; a report with contents partly hidden from the reader; a relationship.
 */
@DemoPlatform
class ObjectPageBrowserTests {

    private static final JsonMapper JSON = JsonMapper.shared();

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void anAnalystReadsObjectPagesInEnglishAndUrdu() throws Exception {
        ObjectNode group = attackGroup();
        ObjectNode hidden = object("malware", Tlp.RED).put("name", "Bank-only implant").put("is_family", false);
        ObjectNode indicator = object("indicator", Tlp.GREEN).put("name", "OilRig C2 infrastructure")
                .put("pattern", "[domain-name:value = 'update-check.example'] OR [ipv4-addr:value = '203.0.113.44'] OR "
                        + "[file:hashes.'SHA-256' = '" + "3f".repeat(32) + "']")
                .put("pattern_type", "stix").put("valid_from", "2026-03-01T00:00:00Z").put("valid_until", "2027-03-01T00:00:00Z");
        indicator.putArray("labels").add("malicious-activity");
        ObjectNode indicates = object("relationship", Tlp.GREEN).put("relationship_type", "indicates")
                .put("source_ref", indicator.path("id").asString()).put("target_ref", group.path("id").asString())
                .put("description", "Seen in the **March** campaign.").put("start_time", "2026-03-01T00:00:00Z");
        ObjectNode report = object("report", Tlp.GREEN).put("name", "OilRig activity, March").put("published", "2026-03-05T00:00:00Z")
                .put("description", "Infrastructure and tooling seen in March.");
        report.putArray("object_refs").add(group.path("id").asString()).add(indicator.path("id").asString())
                .add(indicates.path("id").asString()).add(hidden.path("id").asString());
        ObjectNode old = object("intrusion-set", Tlp.GREEN).put("name", "Old Kitten").put("revoked", true);
        ObjectNode revokedBy = object("relationship", Tlp.GREEN).put("relationship_type", "revoked-by")
                .put("source_ref", old.path("id").asString()).put("target_ref", group.path("id").asString());
        publish("analyst@bank.demo", hidden);
        publish("analyst@cert.demo", indicator, indicates, report, old, revokedBy);

        browser.watchCsp();
        browser.signIn("analyst@cert.demo");
        readTheGroup(group);
        readTheIndicatorAndCopyAnObservable(indicator);
        readTheReport(report);
        readTheRelationship(indicates, group);
        readTheRevoked(old, group);
        assertThat(browser.cspViolations()).as("CSP violations on object pages").isEmpty();

        readInUrdu(group, indicator, report, indicates);
    }

    private void readTheGroup(ObjectNode group) throws Exception {
        open(group, "en");
        WebElement description = browser.findElement(By.cssSelector("div.description"));
        assertThat(description.findElements(By.cssSelector("a.citation"))).isNotEmpty()
                .allSatisfy(a -> assertThat(a.getText()).matches("\\[\\d+]"));
        assertThat(description.findElements(By.tagName("script"))).isEmpty();
        int references = group.path("external_references").size();
        assertThat(browser.findElements(By.cssSelector("ol.references > li"))).hasSize(references);
        assertThat(browser.findElement(By.cssSelector("dd.aliases")).getText()).contains(group.path("aliases").get(1).asString());
        assertThat(browser.findElement(By.cssSelector("dd.author")).getText()).isEqualTo("The MITRE Corporation");
        WebElement raw = browser.findElement(By.cssSelector("details.raw"));
        assertThat(raw.getDomAttribute("open")).isNull();
        assertThat(raw.findElement(By.tagName("pre")).isDisplayed()).isFalse();
        browser.wholePageScreenshot("object-attack-group-en");

        WebElement citation = description.findElement(By.cssSelector("a.citation"));
        assertThat(citation.getDomAttribute("rel")).isIn("noopener noreferrer nofollow", null);
        raw.findElement(By.tagName("summary")).click();
        assertThat(raw.findElement(By.tagName("pre")).isDisplayed()).isTrue();
    }

    private void readTheIndicatorAndCopyAnObservable(ObjectNode indicator) throws Exception {
        open(indicator, "en");
        List<WebElement> rows = browser.findElements(By.cssSelector("table.observables tbody tr"));
        assertThat(rows).extracting(r -> r.findElement(By.cssSelector("td:first-child")).getText())
                .containsExactly("domain-name", "ipv4-addr", "file");
        assertThat(browser.findElement(By.id("observable-2")).getText()).isEqualTo("203.0.113.44");
        assertThat(browser.findElement(By.cssSelector("pre.pattern")).getCssValue("direction")).isEqualTo("ltr");
        browser.grantClipboard();
        WebElement copy = browser.findElement(By.cssSelector("button[data-copy=observable-2]"));
        copy.click();
        browser.waitFor().until(d -> "Copied".equals(copy.getText()));
        assertThat(browser.clipboard()).isEqualTo("203.0.113.44");
        browser.wholePageScreenshot("object-indicator-en");
    }

    private void readTheReport(ObjectNode report) throws Exception {
        open(report, "en");
        assertThat(browser.findElements(By.cssSelector("section.contents tbody tr"))).hasSize(3);
        assertThat(browser.findElement(By.cssSelector("section.contents")).getText())
                .contains("OilRig C2 infrastructure").doesNotContain("Bank-only implant");
        assertThat(browser.findElement(By.cssSelector(".hidden-count")).getText())
                .isEqualTo("One more object in it is not shared with you.");
        browser.wholePageScreenshot("object-report-en");
    }

    private void readTheRelationship(ObjectNode relationship, ObjectNode group) throws Exception {
        open(relationship, "en");
        assertThat(browser.findElement(By.cssSelector("h1.relates")).getText().replaceAll("\\s+", " "))
                .isEqualTo("OilRig C2 infrastructure — indicates → " + group.path("name").asString());
        assertThat(browser.findElements(By.cssSelector("h1.relates a"))).hasSize(2);
        assertThat(browser.findElement(By.cssSelector("div.description strong")).getText()).isEqualTo("March");
        browser.wholePageScreenshot("object-relationship-en");
    }

    private void readTheRevoked(ObjectNode old, ObjectNode group) throws Exception {
        open(old, "en");
        assertThat(browser.findElement(By.cssSelector(".state-revoked")).getText()).isEqualToIgnoringCase("Revoked");
        WebElement banner = browser.findElement(By.cssSelector(".banner"));
        assertThat(banner.getText()).contains("revoked by its publisher", "It is replaced by:", group.path("name").asString());
        banner.findElement(By.cssSelector(".replaced-by a")).click();
        browser.waitFor().until(ExpectedConditions.urlContains(group.path("id").asString()));
        assertThat(browser.findElements(By.cssSelector(".banner"))).isEmpty();
        open(old, "en");
        browser.wholePageScreenshot("object-revoked-en");
    }

    private void readInUrdu(ObjectNode group, ObjectNode indicator, ObjectNode report, ObjectNode relationship) throws Exception {
        open(group, "ur");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.cssSelector("div.description")).getCssValue("direction"))
                .as("English STIX text keeps its own direction in an Urdu page").isEqualTo("ltr");
        assertThat(browser.findElement(By.cssSelector("section.card h2")).getText()).isEqualTo("تفصیلات");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("حوالہ جات", "مصنف", "دیگر نام");
        browser.wholePageScreenshot("object-attack-group-ur");
        open(indicator, "ur");
        assertThat(browser.findElement(By.cssSelector("pre.pattern")).getCssValue("direction")).isEqualTo("ltr");
        assertThat(browser.findElement(By.cssSelector("button[data-copy=pattern]")).getText()).isEqualTo("کاپی کریں");
        browser.wholePageScreenshot("object-indicator-ur");
        open(report, "ur");
        assertThat(browser.findElement(By.cssSelector(".hidden-count")).getText()).contains("1", "شیئر نہیں");
        browser.wholePageScreenshot("object-report-ur");
        open(relationship, "ur");
        assertThat(browser.findElement(By.cssSelector("h1.relates")).getText().replaceAll("\\s+", " ")).contains("indicates ←");
        browser.wholePageScreenshot("object-relationship-ur");
        browser.open("/intel?lang=en");
    }

    /** OilRig and what it names (its author, its marking) from ATT&CK for ICS; a made-up group without the data. */
    private ObjectNode attackGroup() throws Exception {
        Optional<Path> ics = ReferenceData.find("data/attack/ics-attack-18.1.json");
        if (ics.isEmpty()) {
            ObjectNode mitre = object("identity", Tlp.CLEAR).put("name", "The MITRE Corporation").put("identity_class", "organization");
            ObjectNode group = object("intrusion-set", Tlp.CLEAR).put("name", "Made-up Kitten")
                    .put("created_by_ref", mitre.path("id").asString())
                    .put("description", "[Made-up Kitten](https://attack.mitre.org/groups/G9999) is **made up**.(Citation: Example 2026)");
            group.putArray("aliases").add("Made-up Kitten").add("MUK");
            group.putArray("external_references").add(group.objectNode().put("source_name", "mitre-attack").put("external_id", "G9999"))
                    .add(group.objectNode().put("source_name", "Example 2026").put("url", "https://example.org/report")
                            .put("description", "Example. (2026). A report."));
            publish("analyst@cert.demo", mitre, group);
            return group;
        }
        JsonNode bundle = JSON.readTree(ics.get().toFile());
        ObjectNode group = null;
        for (JsonNode o : bundle.path("objects")) {
            if ("intrusion-set".equals(o.path("type").asString()) && "OilRig".equals(o.path("name").asString())) {
                group = (ObjectNode) o;
            }
        }
        List<String> named = new java.util.ArrayList<>(List.of(group.path("created_by_ref").asString()));
        group.path("object_marking_refs").forEach(m -> named.add(m.asString()));
        List<ObjectNode> objects = new java.util.ArrayList<>(List.of(group));
        for (JsonNode o : bundle.path("objects")) {
            if (named.contains(o.path("id").asString())) {
                objects.add((ObjectNode) o);
            }
        }
        publish("analyst@cert.demo", objects.toArray(ObjectNode[]::new));
        return group;
    }

    private static ObjectNode object(String type, Tlp tlp) {
        ObjectNode o = JSON.createObjectNode().put("type", type).put("spec_version", "2.1").put("id", type + "--" + UUID.randomUUID())
                .put("created", "2026-03-01T00:00:00.000Z").put("modified", "2026-03-02T00:00:00.000Z");
        o.putArray("object_marking_refs").add(tlp.markingId());
        return o;
    }

    private void publish(String email, ObjectNode... objects) {
        ObjectNode bundle = JSON.createObjectNode().put("type", "bundle").put("id", "bundle--" + UUID.randomUUID());
        ArrayNode array = bundle.putArray("objects");
        for (ObjectNode o : objects) {
            array.add(o);
        }
        var response = new Http(port).json("POST", "/api/v1/intel/bundles", Http.basic(email, "sipar-demo"), bundle.toString());
        assertThat(response.body()).as(response.body()).contains("\"rejections\":[]");
    }

    private void open(ObjectNode object, String lang) {
        browser.open("/intel/objects/" + object.path("id").asString() + "?lang=" + lang);
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("details.raw")));
    }
}
