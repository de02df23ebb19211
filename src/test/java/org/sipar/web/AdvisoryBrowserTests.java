package org.sipar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Smtp;

/**
 * In a real browser, in English and in Urdu: the national CERT's analyst writes an advisory in both languages with
 * the editor's form, sends it for review, another analyst approves and publishes it, and a visitor finds it on the
 * public list, reads its page (right to left in Urdu) and in the Atom feed; a visitor who subscribed and confirmed
 * through the mailed link receives it by mail. Screenshots of each page for a look.
 */
@DemoPlatform
class AdvisoryBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "ur"})
    void writeReviewPublishAndRead(String lang) throws Exception {
        String subscriber = subscribe(lang);
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
        assertThat(mailWith(subscriber, marker)).as("the subscriber's mail of the new advisory").isNotNull();
    }

    /** A visitor subscribes in {@code lang}, gets the confirmation mail and confirms in the browser; returns the address. */
    private static String subscribe(String lang) throws Exception {
        GreenMail smtp = Smtp.shared();
        String email = "reader-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        browser.signOut();
        browser.open("/advisories/subscribe?lang=" + lang);
        browser.findElement(By.id("subscribe-email")).sendKeys(email);
        var everyone = browser.findElement(By.cssSelector("input[name=audiences][value=PUBLIC]"));
        if (!everyone.isSelected()) {
            everyone.click();
        }
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("subscribe-lang"))).selectByValue(lang);
        browser.screenshot("advisory-subscribe-" + lang);
        browser.findElement(By.id("subscribe-submit")).click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("subscription-requested")));
        List<MimeMessage> mails = Smtp.awaitFor(smtp, email);
        assertThat(mails).hasSize(1);
        Matcher link = Pattern.compile("(/advisories/subscribe/confirm\\?token=[A-Za-z0-9_-]+)").matcher(text(mails.getFirst()));
        assertThat(link.find()).isTrue();
        browser.open(link.group(1));
        browser.findElement(By.cssSelector("#subscription-confirm-form button")).click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("subscription-confirm-done")));
        return email;
    }

    /** The mail to {@code email} that names {@code marker}, waiting for it up to half a minute. */
    private static MimeMessage mailWith(String email, String marker) throws Exception {
        for (int i = 0; i < 300; i++) {
            for (MimeMessage m : Smtp.receivedFor(Smtp.shared(), email)) {
                if (text(m).contains(marker)) {
                    return m;
                }
            }
            Thread.sleep(100);
        }
        return null;
    }

    /** Every text part of a mail, decoded. */
    private static String text(jakarta.mail.Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof jakarta.mail.Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(text(multipart.getBodyPart(i))).append('\n');
            }
            return all.toString();
        }
        return content instanceof String text ? text : "";
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
