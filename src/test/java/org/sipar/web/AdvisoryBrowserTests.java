package org.sipar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sipar.support.DemoPlatform;

/**
 * In a real browser, in English and in Urdu: the national CERT's analyst writes an advisory in both languages with
 * the editor's form, sends it for review, another analyst approves and publishes it, and a visitor finds it on the
 * public list, reads its page (right to left in Urdu) and in the Atom feed. Screenshots of each page for a look.
 */
@DemoPlatform
class AdvisoryBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "ur"})
    void writeReviewPublishAndRead(String lang) throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String title = "Remote code execution in Example Gateway " + marker;
        browser.signIn("analyst@cert.demo", lang);
        browser.open("/advisories/workroom/new");
        browser.watchCsp();
        browser.driver().navigate().refresh();
        fill(Map.of("title.en", title, "title.ur", "ایگزامپل گیٹ وے میں ریموٹ کوڈ چلانے کی کمزوری " + marker,
                "summary.en", "Attackers run code on unpatched gateways.", "summary.ur", "حملہ آور غیر اصلاح شدہ گیٹ وے پر کوڈ چلاتے ہیں۔",
                "products[0].vendor", "Example", "products[0].name", "Gateway", "products[0].version", "5.1",
                "products[1].vendor", "Example", "products[1].name", "Gateway", "products[1].version", "5.2"));
        fill(Map.of("vulnerabilities[0].cve", "CVE-2026-20001", "vulnerabilities[0].cwe", "CWE-787",
                "vulnerabilities[0].cvss31", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
                "vulnerabilities[0].notes.en", "An out-of-bounds write in the web interface.",
                "vulnerabilities[0].affected", "1", "vulnerabilities[0].fixed", "2",
                "vulnerabilities[0].remediation.en", "Upgrade to 5.2."));
        browser.screenshot("advisory-editor-" + lang);
        browser.findElement(By.cssSelector("#advisory-form button[type=submit]")).click();
        browser.waitFor().until(ExpectedConditions.urlContains("?saved"));
        String workroomPage = browser.getCurrentUrl().replace("?saved", "");
        click("submit");
        assertThat(browser.cspViolations()).as("CSP violations in the editor").isEmpty();

        browser.signIn("admin@cert.demo", lang);
        browser.driver().get(workroomPage);
        click("approve");
        browser.findElement(By.id("changes")).sendKeys("Initial release");
        browser.screenshot("advisory-approved-" + lang);
        click("publish");

        browser.signOut();
        browser.open("/advisories?lang=" + lang);
        String shownTitle = lang.equals("ur") ? "ایگزامپل گیٹ وے میں ریموٹ کوڈ چلانے کی کمزوری " + marker : title;
        assertThat(browser.findElement(By.id("advisory-results")).getText()).contains(shownTitle);
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo(lang.equals("ur") ? "rtl" : "ltr");
        browser.screenshot("advisory-list-" + lang);
        browser.findElement(By.linkText(shownTitle)).click();
        browser.waitFor().until(d -> d.findElement(By.tagName("h1")).getText().equals(shownTitle));
        assertThat(browser.findElement(By.cssSelector("article.advisory")).getAttribute("dir")).isEqualTo(lang.equals("ur") ? "rtl" : "ltr");
        assertThat(browser.findElement(By.cssSelector("article.advisory")).getText()).contains("CVE-2026-20001").contains("9.8");
        browser.screenshot("advisory-page-" + lang);
        browser.open("/advisories/feed.atom?lang=" + lang);
        assertThat(browser.driver().getPageSource()).contains(shownTitle);
    }

    private static void fill(Map<String, String> fields) {
        fields.forEach((name, value) -> browser.findElement(By.name(name)).sendKeys(value));
    }

    /** Clicks the workflow's button for {@code step} and waits for the page to say it was taken. */
    private static void click(String step) {
        browser.findElement(By.cssSelector("form[action$='/" + step + "'] button[type=submit]")).click();
        browser.waitFor().until(ExpectedConditions.urlContains("?" + step));
    }
}
