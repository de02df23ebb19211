package org.sipar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sipar.support.DemoPlatform;
import org.sipar.support.stix.Stix;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real browser signs in as the demo hub administrator, switches to Urdu, and opens each admin page; an analyst
 * imports and filters intelligence; Swagger UI renders the REST API under its own Content-Security-Policy.
 */
@DemoPlatform
class BrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void adminSignsInSwitchesToUrduAndVisitsEveryAdminPage() throws Exception {
        browser.signIn("admin@cert.demo");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome, Ayesha Siddiqui");
        assertThat(browser.findElements(By.cssSelector("svg.chart rect.bar"))).hasSize(14);
        browser.screenshot("dashboard-en");

        browser.switchLanguage("rtl");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ur");
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("خوش آمدید");
        assertThat(urduFontLoaded()).as("the Noto Nastaliq Urdu web font is loaded").isTrue();
        assertThat(browser.findElement(By.tagName("body")).getCssValue("direction")).isEqualTo("rtl");
        browser.screenshot("dashboard-ur");

        for (String page : List.of("/admin/organisations", "/admin/people", "/admin/sharing-groups", "/admin/audit",
                "/account/tokens", "/account/password")) {
            browser.open(page);
            assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).as(page).isEqualTo("rtl");
            assertThat(browser.findElement(By.cssSelector("aside a[aria-current=page]")).getAttribute("href")).endsWith(page);
            assertThat(browser.findElement(By.tagName("h1")).getText()).as(page).isNotBlank();
            browser.screenshot(page.substring(1).replace('/', '-') + "-ur");
        }
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("پاس ورڈ");

        browser.switchLanguage("ltr");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Change your password");
    }

    @Test
    void analystImportsABundleWatchesTheReportAndExploresTheGraph() throws Exception {
        browser.signIn("analyst@cert.demo");
        browser.open("/intel/import");
        Path bundle = Files.createTempFile("campaign", ".json");
        Files.writeString(bundle, Stix.CAMPAIGN);
        browser.findElement(By.id("file")).sendKeys(bundle.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form.form-grid button[type=submit]")).click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#import-progress p.notice")));
        String report = browser.findElement(By.id("import-progress")).getText();
        assertThat(report).contains("intrusion-set", "attack-pattern", "relationship", "pattern: at");
        browser.screenshot("intel-import-report");

        browser.open("/intel?q=Glacier");
        browser.findElement(By.linkText("Glacier Panda")).click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph[data-ready]")));
        assertThat(browser.findElements(By.cssSelector(".graph-table tr"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector(".attack-matrix .technique a"))).extracting(e -> e.getText())
                .containsExactlyInAnyOrder("T1566 Phishing", "T1059 Command and Scripting Interpreter");
        assertThat(browser.findElements(By.cssSelector(".attack-matrix .tactic h3 .title"))).extracting(e -> e.getText())
                .containsExactly("Initial Access", "Execution");
        browser.screenshot("intel-object");

        browser.findElement(By.cssSelector("a[href^='/intel/matrix']")).click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".attack-matrix .technique .uses")));
        assertThat(browser.findElements(By.cssSelector(".attack-matrix .technique .uses"))).extracting(e -> e.getText())
                .containsExactly("1/1", "1/1");
        assertThat(browser.findElement(By.cssSelector("input[name=id]")).isSelected()).isTrue();
        browser.screenshot("intel-matrix");
    }

    @Test
    void analystNarrowsTheIntelligenceListWithTheFilterForm() throws Exception {
        String word = "browserfilter" + java.util.UUID.randomUUID().toString().substring(0, 8);
        publish("analyst@cert.demo", word, "GREEN", "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb", "phishing-" + word);
        publish("analyst@cert.demo", word, "AMBER", "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421", "c2-" + word);
        browser.watchCsp();
        browser.signIn("analyst@cert.demo");
        browser.open("/intel?q=" + word);
        assertThat(resultNames()).containsExactlyInAnyOrder("Indicator " + word + " GREEN", "Indicator " + word + " AMBER");
        browser.script("window.sameDocument = true");

        browser.findElement(By.cssSelector("input[name=tlp][value=AMBER]")).click();
        browser.waitFor().until(d -> resultNames().equals(List.of("Indicator " + word + " AMBER")));
        assertThat(browser.getCurrentUrl()).contains("tlp=AMBER").contains("q=" + word);

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("publisher"))).selectByVisibleText("National CERT");
        browser.waitFor().until(d -> d.getCurrentUrl().contains("publisher="));
        // The URL is pushed before the out-of-band counts settle: wait for the results, not the first read of them.
        browser.waitFor().until(d -> resultNames().equals(List.of("Indicator " + word + " AMBER")));

        browser.findElement(By.id("label")).sendKeys("phishing-" + word);
        browser.waitFor().until(d -> resultNames().isEmpty());
        browser.findElement(By.cssSelector("input[name=tlp][value=AMBER]")).click();
        browser.waitFor().until(d -> resultNames().equals(List.of("Indicator " + word + " GREEN")));
        browser.screenshot("intel-filters-en");

        browser.script("""
                const d = document.getElementById('modified_after');
                d.value = '2030-01-01';
                d.dispatchEvent(new Event('change', {bubbles: true}));""");
        browser.waitFor().until(d -> resultNames().isEmpty() && d.getCurrentUrl().contains("modified_after=2030-01-01"));
        assertThat(browser.script("return window.sameDocument === true"))
                .as("htmx updated the results in place").isEqualTo(true);
        assertThat(browser.cspViolations()).as("CSP violations on /intel").isEmpty();

        browser.open("/intel?lang=ur&q=" + word + "&tlp=GREEN");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.cssSelector("label[for=publisher]")).getText()).isEqualTo("شائع کنندہ");
        assertThat(browser.findElement(By.cssSelector("label[for=added_after]")).getText()).isEqualTo("اس تاریخ یا بعد میں شامل");
        assertThat(resultNames()).containsExactly("Indicator " + word + " GREEN");
        browser.screenshot("intel-filters-ur");
        browser.open("/intel?lang=en");
    }

    @Test
    void swaggerUiShowsTheRestApiUnderItsOwnCsp() throws Exception {
        browser.signOut();
        browser.watchCsp();
        browser.open("/api/docs");
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("operations-Intelligence-objects")));
        assertThat(browser.findElement(By.cssSelector(".info .title")).getText()).contains("Sipar REST API");
        assertThat(browser.findElements(By.cssSelector("[id^=operations-Identity-]"))).hasSizeGreaterThan(5);
        browser.findElement(By.cssSelector("#operations-Intelligence-objects .opblock-summary-control")).click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-param-name=tlp]")));
        assertThat(browser.findElements(By.cssSelector("#operations-Intelligence-objects tr[data-param-name]")))
                .extracting(e -> e.getAttribute("data-param-name"))
                .contains("label", "tlp", "publisher", "added_after", "added_before", "modified_after", "modified_before");
        assertThat(browser.driver().getPageSource()).doesNotContain("/taxii2/{");
        browser.script("arguments[0].scrollIntoView()", browser.findElement(By.id("operations-Intelligence-objects")));
        browser.screenshot("api-docs");
        assertThat(browser.cspViolations()).as("CSP violations in Swagger UI").isEmpty();
    }

    /** The names listed in the results, or a stand-in while htmx is swapping them. */
    private List<String> resultNames() {
        try {
            return browser.findElements(By.cssSelector("#intel-results tbody td:first-child a")).stream().map(e -> e.getText()).toList();
        } catch (org.openqa.selenium.StaleElementReferenceException swapping) {
            return List.of("(swapping)");
        }
    }

    private void publish(String email, String word, String level, String marking, String label) {
        String id = "indicator--" + java.util.UUID.randomUUID();
        String bundle = """
                {"type":"bundle","id":"bundle--%s","objects":[{"type":"indicator","spec_version":"2.1","id":"%s",
                 "created":"2026-01-01T00:00:00.000Z","modified":"2026-01-01T00:00:00.000Z","name":"Indicator %s %s",
                 "labels":["%s"],"pattern":"[ipv4-addr:value = '198.51.100.77']","pattern_type":"stix",
                 "valid_from":"2026-01-01T00:00:00Z","object_marking_refs":["%s"]}]}"""
                .formatted(java.util.UUID.randomUUID(), id, word, level, label, marking);
        var response = new org.sipar.support.Http(port).json("POST", "/api/v1/intel/bundles",
                org.sipar.support.Http.basic(email, "sipar-demo"), bundle);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    @Test
    void keyboardReachesTheSkipLinkFirst() {
        browser.signOut();
        browser.open("/");
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(org.openqa.selenium.Keys.TAB).perform();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("class")).isEqualTo("skip");
    }

    private boolean urduFontLoaded() {
        Object loaded = browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                document.fonts.load('16px "Noto Nastaliq Urdu"', 'اردو').then(() => document.fonts.ready)
                  .then(() => done(document.fonts.check('16px "Noto Nastaliq Urdu"', 'اردو')
                                   && [...document.fonts].some(f => f.family.includes('Nastaliq') && f.status === 'loaded')));
                """);
        return Boolean.TRUE.equals(loaded);
    }
}
