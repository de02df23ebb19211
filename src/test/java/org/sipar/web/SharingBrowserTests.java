package org.sipar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sipar.support.DemoPlatform;

/**
 * In a real browser, in English and in Urdu: the CERT's analyst imports a bundle choosing TLP:AMBER+STRICT and the
 * bank as recipient, sees the words of who it reaches change as they choose, and reads the report's sharing
 * section; then the bank's analyst finds the object, and Indus Telecom's, not a recipient, does not.
 */
@DemoPlatform
class SharingBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"en", "ur"})
    void importWithALevelAndRecipientsThenTheRecipientSeesIt(String lang) throws Exception {
        String word = "sharing" + lang + UUID.randomUUID().toString().substring(0, 8);
        signIn("analyst@cert.demo", lang);
        browser.open("/intel/import");
        assertThat(browser.findElement(By.cssSelector("input[name=tlp][value=AMBER]")).isSelected()).isTrue();
        Path bundle = Files.createTempFile("sharing", ".json");
        Files.writeString(bundle, bundle(word));
        browser.findElement(By.id("file")).sendKeys(bundle.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("input[name=tlp][value=AMBER_STRICT]")).click();
        browser.waitFor().until(d -> audience().contains("AMBER+STRICT") && !audience().contains("First National Bank"));
        organisation("First National Bank").click();
        browser.waitFor().until(d -> audience().contains("First National Bank"));
        assertThat(audience()).contains("National CERT").doesNotContain("Indus Telecom");
        browser.screenshot("sharing-import-" + lang);
        browser.findElement(By.cssSelector("form.form-grid > .actions button[type=submit]")).click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("report-sharing")));
        String report = browser.findElement(By.id("report-sharing")).getText();
        assertThat(report).contains("TLP:AMBER+STRICT", "First National Bank");
        browser.screenshot("sharing-report-" + lang);
        browser.open("/intel?q=" + word);
        browser.waitFor().until(d -> names().equals(List.of("Indicator " + word)));
        browser.findElement(By.linkText("Indicator " + word)).click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href$='/distribution']"))).click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("reason")));
        assertThat(browser.findElement(By.cssSelector("input[name=tlp][value=AMBER_STRICT]")).isSelected()).isTrue();
        browser.screenshot("sharing-redistribute-" + lang);

        signIn("analyst@bank.demo", lang);
        browser.open("/intel?q=" + word);
        browser.waitFor().until(d -> names().equals(List.of("Indicator " + word)));
        browser.findElement(By.linkText("Indicator " + word)).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Indicator " + word));
        assertThat(browser.findElement(By.cssSelector(".heading .tlp")).getText()).isEqualTo("TLP:AMBER+STRICT");
        browser.screenshot("sharing-recipient-" + lang);

        signIn("analyst@telco.demo", lang);
        browser.open("/intel?q=" + word);
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

    /** Signs in, then switches to Urdu with the header's link rather than the sign-in page's. */
    private void signIn(String email, String lang) {
        browser.signIn(email);
        if ("ur".equals(lang)) {
            browser.switchLanguage("rtl");
        }
    }

    private static String bundle(String word) {
        return """
                {"type":"bundle","id":"bundle--%s","objects":[{"type":"indicator","spec_version":"2.1","id":"indicator--%s",
                 "created":"2026-01-01T00:00:00.000Z","modified":"2026-01-01T00:00:00.000Z","name":"Indicator %s",
                 "pattern":"[ipv4-addr:value = '198.51.100.78']","pattern_type":"stix","valid_from":"2026-01-01T00:00:00Z"}]}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), word);
    }
}
