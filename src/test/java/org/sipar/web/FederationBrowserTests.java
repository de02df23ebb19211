package org.sipar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.sipar.support.DemoPlatform;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser, in English and Urdu: the hub administrator opens Federation from the menu, makes a link to this
 * instance's own TAXII server (Sipar to Sipar over loopback, anonymous: TLP:CLEAR only), syncs it, reconciles it
 * and sees the link in the list with its last success.
 */
@DemoPlatform
class FederationBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"en | Federation | Reconciliation | ltr", "ur | فیڈریشن | موازنہ | rtl"})
    void theHubAdministratorMakesSyncsAndReconcilesALink(String lang, String nav, String reconciliation, String dir)
            throws Exception {
        browser.signIn("admin@cert.demo", lang);
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo(dir);
        browser.findElement(By.linkText(nav)).click();
        browser.waitFor().until(ExpectedConditions.urlContains("/admin/federation"));
        browser.watchCsp();
        browser.findElement(By.cssSelector("a.button[href='/admin/federation/new']")).click();
        String name = "hub " + lang + " " + UUID.randomUUID().toString().substring(0, 6);
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("apiRoot")).clear();
        browser.findElement(By.id("apiRoot")).sendKeys("http://127.0.0.1:" + port + "/taxii2/api/");
        browser.findElement(By.id("collection")).sendKeys("5b1f4a70-6c2e-4d0b-9a8e-3c1d2e7f9a01");
        new Select(browser.findElement(By.id("direction"))).selectByValue("PULL");
        browser.findElement(By.cssSelector("#link-form button[type=submit]")).click();
        browser.waitFor().until(ExpectedConditions.urlContains("?saved"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(name);

        browser.findElement(By.cssSelector("form[action$='/sync'] button")).click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("time")));
        assertThat(browser.findElements(By.id("link-error"))).isEmpty();
        browser.findElement(By.id("reconcile")).click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("reconciliation")));
        assertThat(browser.findElement(By.cssSelector("#reconciliation h2")).getText()).isEqualTo(reconciliation);
        browser.wholePageScreenshot("federation-link-" + lang);

        browser.open("/admin/federation");
        assertThat(browser.findElement(By.id("federation-links")).getText()).contains(name);
        assertThat(browser.cspViolations()).as("CSP violations on the federation pages").isEmpty();
        browser.screenshot("federation-links-" + lang);
    }
}
