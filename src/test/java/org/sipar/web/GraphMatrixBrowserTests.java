package org.sipar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.Http.basic;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sipar.intel.ImportReport;
import org.sipar.intel.ImportStatus;
import org.sipar.intel.Intelligence;
import org.sipar.intel.Publication;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.sipar.support.stix.ReferenceData;
import org.sipar.support.stix.Stix;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real browser, in English and Urdu: the object page draws its graph with cytoscape.js (filter, expansion of a
 * neighbour), and the ATT&CK matrix of MITRE's ICS bundle lays out without overlap, scrolls inside its own box and
 * downloads as a Navigator layer. No Content-Security-Policy violation on either page.
 */
@DemoPlatform
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraphMatrixBrowserTests {

    static final String CREATED = "\"created\":\"2026-01-01T00:00:00.000Z\",\"modified\":\"2026-01-01T00:00:00.000Z\"";
    static final String GREEN = "\"object_marking_refs\":[\"marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb\"]";

    @RegisterExtension
    static final Browser browser = new Browser();

    Path downloads;

    @LocalServerPort
    int port;

    @Autowired
    Intelligence intelligence;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    final String word = "Owl " + UUID.randomUUID().toString().substring(0, 6);
    final String owl = "intrusion-set--" + UUID.randomUUID();
    final String loader = "malware--" + UUID.randomUUID();

    @BeforeAll
    void publishAndSignIn() throws Exception {
        downloads = Files.createDirectories(Path.of("target", "downloads", UUID.randomUUID().toString())).toAbsolutePath();
        browser.driver().executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        browser.watchCsp();
        publishOwl();
        browser.signIn("analyst@cert.demo");
    }

    @Test
    void theGraphDrawsFiltersAndExpandsInEnglishAndUrdu() throws Exception {
        for (String lang : List.of("en", "ur")) {
            browser.open("/intel/objects/" + owl + "?lang=" + lang);
            browser.waitFor().until(d -> d.findElements(By.cssSelector("#graph[data-ready]")).size() == 1);
            assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo(lang.equals("ur") ? "rtl" : "ltr");
            assertThat(browser.findElement(By.id("graph")).getAttribute("dir")).isEqualTo("ltr");
            assertThat(labels("")).containsExactlyInAnyOrder(word, "Loader " + word, "Chisel " + word, "Phishing " + word,
                    "Victim " + word, "Maker " + word);
            assertThat(browser.findElements(By.cssSelector(".graph-legend li"))).extracting(WebElement::getText)
                    .containsExactlyInAnyOrderElementsOf(lang.equals("ur")
                            ? List.of("حملے کا طریقہ", "شناخت", "دراندازی کا مجموعہ", "میلویئر", "آلہ")
                            : List.of("Attack pattern", "Identity", "Intrusion set", "Malware", "Tool"));
            browser.script("arguments[0].scrollIntoView({block: 'start'})", browser.findElement(By.cssSelector(".graph-tools")));
            browser.screenshot("graph-" + lang);

            new Select(browser.findElement(By.id("graph-filter"))).selectByValue("uses");
            // cytoscape restyles on its own schedule after the change event: wait for it before looking.
            browser.waitFor().until(d -> labels(":visible").size() == 4);
            assertThat(labels(":visible")).containsExactlyInAnyOrder(word, "Loader " + word, "Chisel " + word, "Phishing " + word);
            assertThat(browser.findElements(By.cssSelector(".graph-table tr[data-type]"))).filteredOn(WebElement::isDisplayed)
                    .extracting(r -> r.getAttribute("data-type")).containsExactly("uses");
            browser.screenshot("graph-filtered-" + lang);
            new Select(browser.findElement(By.id("graph-filter"))).selectByValue("");
            browser.waitFor().until(d -> labels(":visible").size() == 6);

            click(loader);
            browser.waitFor().until(d -> d.findElement(By.cssSelector(".graph-selected")).isDisplayed());
            assertThat(browser.findElement(By.cssSelector(".graph-selected .name")).getText()).isEqualTo("Loader " + word);
            browser.findElement(By.cssSelector(".graph-selected .expand")).click();
            browser.waitFor().until(d -> labels("").contains("Dropper " + word));
            assertThat(labels("")).hasSize(7);
            browser.screenshot("graph-expanded-" + lang);
            assertThat(browser.cspViolations()).as("CSP violations on the object page").isEmpty();
        }
    }

    @Test
    void theMatrixHasNoOverlapScrollsInItsBoxAndDownloadsALayer() throws Exception {
        Path ics = ReferenceData.require("data/attack/ics-attack-18.1.json");
        String actor = importAndPickActor(ics);
        for (String lang : List.of("en", "ur")) {
            browser.open("/intel/matrix?id=" + actor + "&domain=ics-attack&lang=" + lang);
            browser.waitFor().until(d -> !d.findElements(By.cssSelector(".attack-matrix .tactic")).isEmpty());
            assertThat(browser.findElements(By.cssSelector(".attack-matrix .tactic"))).hasSize(12);
            assertThat(browser.findElements(By.cssSelector(".attack-matrix .technique.used"))).isNotEmpty();
            assertThat(overlaps()).as("cells or headers that overlap").isEmpty();
            assertThat(browser.script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                    .as("the page itself does not scroll sideways").isEqualTo(true);
            browser.script("arguments[0].scrollIntoView({block: 'start'})", browser.findElement(By.cssSelector(".attack-legend")));
            browser.screenshot("matrix-ics-" + lang);
            if (lang.equals("ur")) {
                assertThat(browser.findElement(By.cssSelector(".tactic[data-tactic=inhibit-response-function] .title")).getText())
                        .isEqualTo("ردِعمل کے نظام میں رکاوٹ");
                assertThat(browser.findElement(By.cssSelector(".tactic[data-tactic=inhibit-response-function] .own")).getText())
                        .isEqualTo("Inhibit Response Function");
            }
            assertThat(browser.cspViolations()).as("CSP violations on the matrix page").isEmpty();
        }
        browser.findElement(By.cssSelector("a[href^='/intel/matrix/layer.json']")).click();
        Path layer = downloads.resolve("sipar-ics-attack-layer.json");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> Files.exists(layer) && sizeOf(layer) > 0);
        JsonNode content = json.readTree(layer.toFile());
        assertThat(content.path("versions").path("layer").asString()).isEqualTo("4.5");
        assertThat(content.path("domain").asString()).isEqualTo("ics-attack");
        assertThat(content.path("techniques").size()).isEqualTo(browser.findElements(By.cssSelector(".attack-matrix .technique.used")).size());
    }

    /** Pairs of top-level cells, and of tactic headers, whose boxes intersect. */
    private List<?> overlaps() {
        return (List<?>) browser.script("""
                const boxes = [...document.querySelectorAll('.attack-matrix .tactic > h3, .attack-matrix .tactic > ul > li.technique')]
                    .map(e => [e.closest('.tactic').dataset.tactic + ' ' + (e.dataset.technique || 'h3'), e.getBoundingClientRect()]);
                const hits = [];
                for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
                  const a = boxes[i][1], b = boxes[j][1];
                  if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) {
                    hits.push(boxes[i][0] + ' / ' + boxes[j][0]);
                  }
                }
                return hits;""");
    }

    private List<String> labels(String selector) {
        return ((List<?>) browser.script("return document.getElementById('graph').cy.nodes(arguments[0] || '*').map(n => n.data('label'))", selector))
                .stream().map(String::valueOf).toList();
    }

    /** Clicks a node where cytoscape drew it: its rendered position is relative to the canvas's top left corner. */
    private void click(String id) {
        Map<?, ?> at = (Map<?, ?>) browser.script("const p = document.getElementById('graph').cy.getElementById(arguments[0]).renderedPosition();"
                + "return {x: Math.round(p.x), y: Math.round(p.y)}", id);
        WebElement box = browser.findElement(By.id("graph"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", box);
        int dx = ((Number) at.get("x")).intValue() - box.getSize().getWidth() / 2;
        int dy = ((Number) at.get("y")).intValue() - box.getSize().getHeight() / 2;
        new Actions(browser.driver()).moveToElement(box, dx, dy).click().perform();
    }

    private void publishOwl() {
        String maker = "identity--" + UUID.randomUUID(), victim = "identity--" + UUID.randomUUID();
        String chisel = "tool--" + UUID.randomUUID(), dropper = "tool--" + UUID.randomUUID();
        String phishing = "attack-pattern--" + UUID.randomUUID();
        String bundle = Stix.bundle(
                sdo("identity", maker, "Maker " + word, ",\"identity_class\":\"organization\""),
                sdo("intrusion-set", owl, word, ",\"created_by_ref\":\"" + maker + "\""),
                sdo("identity", victim, "Victim " + word, ",\"identity_class\":\"organization\""),
                sdo("malware", loader, "Loader " + word, ",\"is_family\":true"),
                sdo("tool", chisel, "Chisel " + word, ""), sdo("tool", dropper, "Dropper " + word, ""),
                sdo("attack-pattern", phishing, "Phishing " + word, ",\"kill_chain_phases\":[{\"kill_chain_name\":\"mitre-attack\","
                        + "\"phase_name\":\"initial-access\"}],\"external_references\":[{\"source_name\":\"mitre-attack\",\"external_id\":\"T1566\"}]"),
                rel(owl, "uses", loader), rel(owl, "uses", chisel), rel(owl, "uses", phishing), rel(owl, "targets", victim),
                rel(loader, "uses", dropper));
        HttpResponse<String> published = new Http(port).json("POST", "/api/v1/intel/bundles", basic("analyst@cert.demo", "sipar-demo"), bundle);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
    }

    /** Imports MITRE's bundle as the CERT's analyst and picks the intrusion set that uses the most techniques. */
    private String importAndPickActor(Path file) throws Exception {
        Map<String, Object> analyst = jdbc.sql("select id, organisation_id from people where email = 'analyst@cert.demo'").query().singleRow();
        ImportReport report;
        try (InputStream in = Files.newInputStream(file)) {
            report = intelligence.ingest(in, new Publication((UUID) analyst.get("organisation_id"), (UUID) analyst.get("id"),
                    Set.of(), Set.of(), Set.of(), "browser test"));
        }
        assertThat(report.status()).isEqualTo(ImportStatus.COMPLETE);
        Map<String, Integer> uses = new HashMap<>();
        json.readTree(file.toFile()).path("objects").forEach(o -> {
            if ("uses".equals(o.path("relationship_type").asString("")) && o.path("source_ref").asString().startsWith("intrusion-set--")
                    && o.path("target_ref").asString().startsWith("attack-pattern--")) {
                uses.merge(o.path("source_ref").asString(), 1, Integer::sum);
            }
        });
        return uses.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static String sdo(String type, String id, String name, String more) {
        return "{\"type\":\"" + type + "\",\"spec_version\":\"2.1\",\"id\":\"" + id + "\"," + CREATED + ",\"name\":\"" + name + "\"," + GREEN + more + "}";
    }

    private static String rel(String source, String type, String target) {
        return "{\"type\":\"relationship\",\"spec_version\":\"2.1\",\"id\":\"relationship--" + UUID.randomUUID() + "\"," + CREATED
                + ",\"relationship_type\":\"" + type + "\",\"source_ref\":\"" + source + "\",\"target_ref\":\"" + target + "\"," + GREEN + "}";
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
