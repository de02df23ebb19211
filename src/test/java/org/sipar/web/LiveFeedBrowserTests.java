package org.sipar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.sipar.support.stix.Stix;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: the live feed page, opened from the top bar, shows an object imported through the API a
 * moment later without a reload, in English and in Urdu (right to left), with no Content-Security-Policy violation.
 */
@DemoPlatform
class LiveFeedBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void anAnalystWatchesAnImportArriveWithoutReloading() throws Exception {
        browser.watchCsp();
        browser.signIn("analyst@cert.demo");
        browser.open("/dashboard?lang=en");
        browser.findElement(By.cssSelector("nav.pillars a[href='/stream']")).click();
        browser.waitFor().until(ExpectedConditions.attributeToBe(By.id("live-status"), "data-state", "connected"));
        browser.script("window.notReloaded = true");
        String id = publish("GREEN", "live browser wave");
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-rows"), "Indicator live browser wave"));
        assertThat(browser.script("return window.notReloaded")).as("the row came without a reload").isEqualTo(true);
        String row = browser.findElement(By.cssSelector("#live-rows tr")).getText();
        assertThat(row).contains("Added", "Indicator", "TLP:GREEN");
        assertThat(browser.findElement(By.cssSelector("#live-rows tr a")).getAttribute("href")).endsWith("/intel/objects/" + id);
        assertThat(browser.findElement(By.id("live-empty")).isDisplayed()).isFalse();
        assertThat(browser.cspViolations()).isEmpty();
        browser.screenshot("live-feed-en");

        browser.open("/stream?lang=ur&tlp=CLEAR");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("براہ راست فیڈ");
        browser.waitFor().until(ExpectedConditions.attributeToBe(By.id("live-status"), "data-state", "connected"));
        publish("GREEN", "not for this filter");
        publish("CLEAR", "live browser open");
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-rows"), "live browser open"));
        assertThat(browser.findElement(By.id("live-rows")).getText()).contains("شامل کی گئی").doesNotContain("not for this filter");
        assertThat(browser.cspViolations()).isEmpty();
        browser.screenshot("live-feed-ur");
        browser.open("/stream?lang=en");
    }

    @Test
    void aBadFilterIsNamedOnThePage() {
        browser.signIn("analyst@cert.demo");
        browser.open("/stream?lang=en&min_confidence=200");
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText()).contains("min_confidence", "200");
        assertThat(browser.findElements(By.id("live-feed"))).isEmpty();
    }

    private String publish(String tlp, String word) {
        String id = Stix.newIndicatorId();
        HttpResponse<String> answer = new Http(port).json("POST", "/api/v1/intel/bundles?tlp=" + tlp,
                Http.basic("analyst@bank.demo", "sipar-demo"), Stix.bundle(Stix.indicator(id, word, null, "2026-03-01T00:00:00.000Z")));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return id;
    }
}
