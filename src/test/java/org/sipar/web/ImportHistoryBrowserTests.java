package org.sipar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.sipar.support.DemoPlatform;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser, in English and Urdu: an analyst imports a bundle with a warning and reads its report (who,
 * what, for whom, the warning with its object, the objects stored) and the history of imports; the hub
 * administrator opens the audit trail, filters it by action and time zone and reads the import as a sentence.
 */
@DemoPlatform
class ImportHistoryBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void anAnalystImportsABundleWithAWarningAndReadsItsReportAndTheHistory() throws Exception {
        String id = "indicator--" + UUID.randomUUID();
        browser.signIn("analyst@bank.demo");
        browser.open("/intel/import");
        Path bundle = Files.createTempDirectory("sipar-browser").resolve("phishing-wave.json");
        Files.writeString(bundle, """
                {"type":"bundle","id":"bundle--%s","objects":[{"type":"indicator","spec_version":"2.1","id":"%s",
                 "created":"2026-01-01T00:00:00.000Z","modified":"2026-01-01T00:00:00.000Z","name":"Phishing wave sender",
                 "indicator_types":["malicious-activity","c2-beacon"],"pattern":"[ipv4-addr:value = '198.51.100.23']",
                 "pattern_type":"stix","valid_from":"2026-01-01T00:00:00Z"}]}""".formatted(UUID.randomUUID(), id));
        browser.findElement(By.id("file")).sendKeys(bundle.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form.form-grid button[type=submit]")).click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#import-progress p.notice")));
        assertThat(browser.findElement(By.id("import-facts")).getText())
                .contains("phishing-wave.json", "Nadia Hussain", "First National Bank", "TLP:AMBER");
        assertThat(browser.findElement(By.id("import-warnings")).getText()).contains(id, "indicator", "c2-beacon");
        assertThat(browser.findElement(By.id("import-objects")).getText()).contains("Phishing wave sender");
        assertThat(browser.driver().manage().getCookieNamed("sipar_zone")).as("the browser's zone is remembered").isNotNull();
        browser.screenshot("import-report-en");
        String report = browser.getCurrentUrl();

        browser.findElement(By.cssSelector(".heading a[href='/intel/imports']")).click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("import-history")));
        assertThat(browser.findElement(By.id("import-history")).getText()).contains("phishing-wave.json", "Nadia Hussain");
        browser.screenshot("import-history-en");

        browser.driver().get(report + "?lang=ur");
        browser.waitFor().until(d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("درآمد کی رپورٹ");
        assertThat(browser.findElement(By.id("import-warnings")).getText()).contains("انتباہات", id);
        browser.screenshot("import-report-ur");
        browser.open("/intel/imports");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("درآمدات کی تاریخ");
        assertThat(browser.findElement(By.cssSelector("aside a[aria-current=page]")).getAttribute("href")).endsWith("/intel/imports");
        browser.screenshot("import-history-ur");
        browser.open("/intel/imports?lang=en");
    }

    @Test
    void theHubAdministratorFiltersTheAuditTrailAndReadsTheImportAsASentence() throws Exception {
        var response = new org.sipar.support.Http(port).json("POST", "/api/v1/intel/bundles",
                org.sipar.support.Http.basic("analyst@telco.demo", "sipar-demo"),
                org.sipar.support.stix.Stix.bundle(org.sipar.support.stix.Stix.indicator(org.sipar.support.stix.Stix.newIndicatorId())));
        assertThat(response.statusCode()).isEqualTo(201);
        browser.signIn("admin@cert.demo");
        browser.open("/admin/audit?lang=en");
        browser.findElement(By.id("filter-action")).sendKeys("intel.import");
        browser.findElement(By.id("filter-actor")).sendKeys("analyst@telco.demo");
        browser.waitFor().until(d -> d.getCurrentUrl().contains("actor=analyst%40telco.demo") && d.getCurrentUrl().contains("action=intel.import"));
        browser.waitFor().until(d -> d.findElement(By.id("audit-rows")).getText().contains("analyst@telco.demo imported API"));
        new Select(browser.findElement(By.id("filter-zone"))).selectByValue("Asia/Karachi");
        browser.waitFor().until(d -> d.getCurrentUrl().contains("zone=Asia%2FKarachi"));
        browser.waitFor().until(d -> d.findElement(By.id("audit-rows")).getText().contains("Asia/Karachi"));
        assertThat(browser.findElement(By.id("audit-rows")).getText()).contains("for Indus Telecom, TLP:AMBER for unmarked objects, shared with its organisation only");
        browser.screenshot("audit-filtered-en");

        browser.driver().get(browser.getCurrentUrl() + "&lang=ur");
        browser.waitFor().until(d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
        assertThat(browser.findElement(By.id("audit-rows")).getText()).contains("analyst@telco.demo نے", "درآمد کی", "Asia/Karachi");
        browser.findElement(By.cssSelector("#audit-rows details.audit-raw summary")).click();
        assertThat(browser.findElement(By.cssSelector("#audit-rows details.audit-raw pre")).getText()).contains("\"file\" : \"API\"");
        browser.screenshot("audit-filtered-ur");
        browser.open("/admin/audit?lang=en");
    }
}
