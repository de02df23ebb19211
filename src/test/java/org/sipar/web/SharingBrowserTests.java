package org.sipar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sipar.support.DemoPlatform;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser, in English and in Urdu: the CERT's analyst imports a bundle choosing TLP:AMBER+STRICT and the
 * bank as recipient, sees the words of who it reaches change as they choose, and reads the report's sharing
 * section; then the bank's analyst finds the object, and Indus Telecom's, not a recipient, does not.
 */
@DemoPlatform
class SharingBrowserTests {

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

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"en", "ur"})
    void importWithALevelAndRecipientsThenTheRecipientSeesIt(String lang) throws Exception {
        String word = "sharing" + lang + UUID.randomUUID().toString().substring(0, 8);
        signIn("analyst@cert.demo", lang);
        browser.get(url("/intel/import"));
        assertThat(browser.findElement(By.cssSelector("input[name=tlp][value=AMBER]")).isSelected()).isTrue();
        Path bundle = Files.createTempFile("sharing", ".json");
        Files.writeString(bundle, bundle(word));
        browser.findElement(By.id("file")).sendKeys(bundle.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("input[name=tlp][value=AMBER_STRICT]")).click();
        waitFor().until(d -> audience().contains("AMBER+STRICT") && !audience().contains("First National Bank"));
        organisation("First National Bank").click();
        waitFor().until(d -> audience().contains("First National Bank"));
        assertThat(audience()).contains("National CERT").doesNotContain("Indus Telecom");
        screenshot("sharing-import-" + lang);
        browser.findElement(By.cssSelector("form.form-grid > .actions button[type=submit]")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("report-sharing")));
        String report = browser.findElement(By.id("report-sharing")).getText();
        assertThat(report).contains("TLP:AMBER+STRICT", "First National Bank");
        screenshot("sharing-report-" + lang);
        browser.get(url("/intel?q=" + word));
        waitFor().until(d -> names().equals(List.of("Indicator " + word)));
        browser.findElement(By.linkText("Indicator " + word)).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href$='/distribution']"))).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("reason")));
        assertThat(browser.findElement(By.cssSelector("input[name=tlp][value=AMBER_STRICT]")).isSelected()).isTrue();
        screenshot("sharing-redistribute-" + lang);

        signIn("analyst@bank.demo", lang);
        browser.get(url("/intel?q=" + word));
        waitFor().until(d -> names().equals(List.of("Indicator " + word)));
        browser.findElement(By.linkText("Indicator " + word)).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Indicator " + word));
        assertThat(browser.findElement(By.cssSelector(".heading .tlp")).getText()).isEqualTo("TLP:AMBER+STRICT");
        screenshot("sharing-recipient-" + lang);

        signIn("analyst@telco.demo", lang);
        browser.get(url("/intel?q=" + word));
        assertThat(names()).isEmpty();
    }

    private WebElement organisation(String name) {
        return browser.findElements(By.cssSelector("input[name=organisations]")).stream()
                .filter(box -> box.findElement(By.xpath("..")).getText().contains(name)).findFirst().orElseThrow();
    }

    private String audience() {
        try {
            return browser.findElement(By.id("audience")).getText();
        } catch (org.openqa.selenium.StaleElementReferenceException swapping) {
            return "";
        }
    }

    private List<String> names() {
        return browser.findElements(By.cssSelector("#intel-results tbody td:first-child a")).stream().map(WebElement::getText).toList();
    }

    private void signIn(String email, String lang) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys("sipar-demo");
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        waitFor().until(ExpectedConditions.urlContains("/dashboard"));
        if ("ur".equals(lang)) {
            browser.findElement(By.cssSelector("a.lang")).click();
            waitFor().until(d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
        }
    }

    private static String bundle(String word) {
        return """
                {"type":"bundle","id":"bundle--%s","objects":[{"type":"indicator","spec_version":"2.1","id":"indicator--%s",
                 "created":"2026-01-01T00:00:00.000Z","modified":"2026-01-01T00:00:00.000Z","name":"Indicator %s",
                 "pattern":"[ipv4-addr:value = '198.51.100.78']","pattern_type":"stix","valid_from":"2026-01-01T00:00:00Z"}]}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), word);
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
