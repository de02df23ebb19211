package org.sipar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.sipar.support.stix.Stix;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The intelligence list in a real browser, in English and Urdu, over a small ATT&CK-like fixture: an analyst
 * finds a technique by its ATT&CK id and a group by its alias, sorts by name, reads the counts, and switches
 * relationships on to see "group → uses → technique".
 */
@DemoPlatform
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListBrowserTests {

    static final String CLEAR = "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487";
    final String suffix = UUID.randomUUID().toString().substring(0, 6).replace('-', '0');
    final String attackId = "T9" + Math.abs(suffix.hashCode() % 1000);
    static final Comparator<String> LOWER = Comparator.comparing((String name) -> name.toLowerCase(java.util.Locale.ROOT));

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @BeforeAll
    void publishAndSignIn() throws Exception {
        String technique = Stix.newId("attack-pattern");
        String group = Stix.newId("intrusion-set");
        String bundle = Stix.bundle(
                object(technique, "attack-pattern", "Modbus Probe " + suffix, ",\"external_references\":[{\"source_name\":\"mitre-attack\",\"external_id\":\"" + attackId + "\"}]"),
                object(Stix.newId("attack-pattern"), "attack-pattern", "Old Probe " + suffix, ",\"x_mitre_deprecated\":true"),
                object(group, "intrusion-set", "Aqua Group " + suffix, ",\"aliases\":[\"REEF" + suffix + "\"]"),
                object(Stix.newId("malware"), "malware", "Bolt " + suffix, ",\"is_family\":true"),
                """
                {"type":"relationship","spec_version":"2.1","id":"%s","created":"2026-01-01T00:00:00.000Z",
                 "modified":"2026-01-01T00:00:00.000Z","relationship_type":"uses","source_ref":"%s","target_ref":"%s",
                 "description":"uses %s","object_marking_refs":["%s"]}""".formatted(Stix.newId("relationship"), group, technique, suffix, CLEAR));
        var answer = new Http(port).json("POST", "/api/v1/intel/bundles", Http.basic("analyst@cert.demo", "sipar-demo"), bundle);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        browser.signIn("analyst@cert.demo");
    }

    @Test
    void findsSortsCountsAndShowsRelationshipsInEnglish() throws Exception {
        browser.open("/intel?lang=en&q=" + attackId);
        assertThat(resultNames().getFirst()).isEqualTo("Modbus Probe " + suffix);
        assertThat(browser.findElement(By.cssSelector("#intel-results tbody tr:first-child td:nth-child(2)")).getText()).isEqualTo(attackId);
        browser.open("/intel?q=reef" + suffix);
        assertThat(resultNames().getFirst()).isEqualTo("Aqua Group " + suffix);

        browser.open("/intel?q=" + suffix);
        assertThat(browser.findElement(By.id("list-count")).getText()).isEqualTo("4 objects");
        assertThat(browser.findElement(By.id("tlp-counts-CLEAR")).getText()).isEqualTo("4");
        assertThat(browser.findElement(By.id("relationship-count")).getText()).isEqualTo("1");
        assertThat(browser.findElements(By.cssSelector(".facet-types a")).stream().map(e -> e.getText().replaceAll("\\s+", " ")).toList())
                .contains("Attack pattern 2", "Intrusion set 1", "Malware 1", "Relationship 1");
        assertThat(browser.findElement(By.cssSelector("#intel-results")).getText()).contains("deprecated");
        heading("Name").findElement(By.tagName("a")).click();
        browser.waitFor().until(d -> "ascending".equals(heading("Name").getAttribute("aria-sort")));
        assertThat(resultNames()).isSortedAccordingTo(LOWER).hasSize(4);
        heading("Name").findElement(By.tagName("a")).click();
        browser.waitFor().until(d -> "descending".equals(heading("Name").getAttribute("aria-sort")));
        assertThat(resultNames()).isSortedAccordingTo(LOWER.reversed());

        browser.script("window.sameDocument = true");
        browser.findElement(By.cssSelector("input[name=relationships]")).click();
        browser.waitFor().until(d -> resultNames().size() == 5);
        assertThat(browser.findElement(By.cssSelector("#intel-results a.relationship")).getText())
                .isEqualTo("Aqua Group " + suffix + " → uses → Modbus Probe " + suffix);
        assertThat(browser.script("return window.sameDocument === true")).isEqualTo(true);
        assertThat(browser.findElement(By.id("list-count")).getText()).isEqualTo("5 objects");
        assertThat(browser.findElement(By.id("tlp-counts-CLEAR")).getText()).as("the counts beside the form follow htmx").isEqualTo("5");
        assertThat(browser.findElement(By.cssSelector("#type option:checked")).getAttribute("value")).as("no type chosen").isEmpty();
        browser.script("document.getElementById('list-count').scrollIntoView()");
        browser.screenshot("intel-list-en");
    }

    @Test
    void theListSpeaksUrdu() throws Exception {
        browser.open("/intel?lang=ur&q=" + suffix + "&relationships=show&sort=name");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(heading("نام").getAttribute("aria-sort")).isEqualTo("ascending");
        assertThat(browser.findElement(By.id("list-count")).getText()).isEqualTo("5 اشیاء");
        assertThat(browser.findElement(By.cssSelector("#intel-results tbody")).getText()).contains("حملے کا طریقہ", "متروک", "تعلق");
        assertThat(browser.findElements(By.cssSelector(".facet-types a")).stream().map(e -> e.getText().replaceAll("\\s+", " ")).toList()).contains("دراندازی کا مجموعہ 1");
        assertThat(browser.findElement(By.cssSelector("#intel-results a.relationship")).getText()).contains("← uses ←");
        browser.script("document.getElementById('list-count').scrollIntoView()");
        browser.screenshot("intel-list-ur");
        browser.open("/intel?lang=en");
    }

    private org.openqa.selenium.WebElement heading(String label) {
        return browser.findElements(By.cssSelector("#intel-results th")).stream()
                .filter(th -> th.getText().startsWith(label)).findFirst().orElseThrow();
    }

    private List<String> resultNames() {
        try {
            return browser.findElements(By.cssSelector("#intel-results tbody td:first-child a")).stream().map(e -> e.getText()).toList();
        } catch (StaleElementReferenceException swapping) {
            return List.of("(swapping)");
        }
    }

    private static String object(String id, String type, String name, String more) {
        return """
                {"type":"%s","spec_version":"2.1","id":"%s","created":"2026-01-01T00:00:00.000Z",
                 "modified":"2026-01-01T00:00:00.000Z","name":"%s"%s,"object_marking_refs":["%s"]}""".formatted(type, id, name, more, CLEAR);
    }
}
