package org.sipar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sipar.support.DemoPlatform;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser, in English and Urdu: an analyst imports a bundle with a warning and reads its report (who,
 * what, for whom, the warning with its object, the objects stored) and the history of imports; the hub
 * administrator opens the audit trail, filters it by action and time zone and reads the import as a sentence.
 */
@DemoPlatform
class ImportHistoryBrowserTests {

    static ChromeDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anAnalystImportsABundleWithAWarningAndReadsItsReportAndTheHistory() throws Exception {
        String id = "indicator--" + UUID.randomUUID();
        signIn("analyst@bank.demo");
        browser.get(url("/intel/import"));
        Path bundle = Files.createTempDirectory("sipar-browser").resolve("phishing-wave.json");
        Files.writeString(bundle, """
                {"type":"bundle","id":"bundle--%s","objects":[{"type":"indicator","spec_version":"2.1","id":"%s",
                 "created":"2026-01-01T00:00:00.000Z","modified":"2026-01-01T00:00:00.000Z","name":"Phishing wave sender",
                 "indicator_types":["malicious-activity","c2-beacon"],"pattern":"[ipv4-addr:value = '198.51.100.23']",
                 "pattern_type":"stix","valid_from":"2026-01-01T00:00:00Z"}]}""".formatted(UUID.randomUUID(), id));
        browser.findElement(By.id("file")).sendKeys(bundle.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form.form-grid button[type=submit]")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#import-progress p.notice")));
        assertThat(browser.findElement(By.id("import-facts")).getText())
                .contains("phishing-wave.json", "Nadia Hussain", "First National Bank", "TLP:AMBER");
        assertThat(browser.findElement(By.id("import-warnings")).getText()).contains(id, "indicator", "c2-beacon");
        assertThat(browser.findElement(By.id("import-objects")).getText()).contains("Phishing wave sender");
        assertThat(browser.manage().getCookieNamed("sipar_zone")).as("the browser's zone is remembered").isNotNull();
        screenshot("import-report-en");
        String report = browser.getCurrentUrl();

        browser.findElement(By.cssSelector(".heading a[href='/intel/imports']")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("import-history")));
        assertThat(browser.findElement(By.id("import-history")).getText()).contains("phishing-wave.json", "Nadia Hussain");
        screenshot("import-history-en");

        browser.get(report + "?lang=ur");
        waitFor().until(d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("درآمد کی رپورٹ");
        assertThat(browser.findElement(By.id("import-warnings")).getText()).contains("انتباہات", id);
        screenshot("import-report-ur");
        browser.get(url("/intel/imports"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("درآمدات کی تاریخ");
        assertThat(browser.findElement(By.cssSelector("aside a[aria-current=page]")).getAttribute("href")).endsWith("/intel/imports");
        screenshot("import-history-ur");
        browser.get(url("/intel/imports?lang=en"));
    }

    @Test
    void theHubAdministratorFiltersTheAuditTrailAndReadsTheImportAsASentence() throws Exception {
        var response = new org.sipar.support.Http(port).json("POST", "/api/v1/intel/bundles",
                org.sipar.support.Http.basic("analyst@telco.demo", "sipar-demo"),
                org.sipar.support.stix.Stix.bundle(org.sipar.support.stix.Stix.indicator(org.sipar.support.stix.Stix.newIndicatorId())));
        assertThat(response.statusCode()).isEqualTo(201);
        signIn("admin@cert.demo");
        browser.get(url("/admin/audit?lang=en"));
        browser.findElement(By.id("filter-action")).sendKeys("intel.import");
        browser.findElement(By.id("filter-actor")).sendKeys("analyst@telco.demo");
        waitFor().until(d -> d.getCurrentUrl().contains("actor=analyst%40telco.demo") && d.getCurrentUrl().contains("action=intel.import"));
        waitFor().until(d -> d.findElement(By.id("audit-rows")).getText().contains("analyst@telco.demo imported API"));
        new Select(browser.findElement(By.id("filter-zone"))).selectByValue("Asia/Karachi");
        waitFor().until(d -> d.getCurrentUrl().contains("zone=Asia%2FKarachi"));
        waitFor().until(d -> d.findElement(By.id("audit-rows")).getText().contains("Asia/Karachi"));
        assertThat(browser.findElement(By.id("audit-rows")).getText()).contains("for Indus Telecom, TLP:AMBER for unmarked objects, shared with its organisation only");
        screenshot("audit-filtered-en");

        browser.get(browser.getCurrentUrl() + "&lang=ur");
        waitFor().until(d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
        assertThat(browser.findElement(By.id("audit-rows")).getText()).contains("analyst@telco.demo نے", "درآمد کی", "Asia/Karachi");
        browser.findElement(By.cssSelector("#audit-rows details.audit-raw summary")).click();
        assertThat(browser.findElement(By.cssSelector("#audit-rows details.audit-raw pre")).getText()).contains("\"file\" : \"API\"");
        screenshot("audit-filtered-ur");
        browser.get(url("/admin/audit?lang=en"));
    }

    private void signIn(String email) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys("sipar-demo");
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        waitFor().until(ExpectedConditions.urlContains("/dashboard"));
    }

    private void screenshot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
