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
 * The detection desk in a real browser: an analyst of a partner pastes values, sees which match (with the
 * indicator, its level and score), which do not and which could not be read; the page in Urdu reads right to left.
 * Screenshots go to target/screenshots/detect-*.png.
 */
@DemoPlatform
class DetectBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void anAnalystChecksValuesAndSeesWhichMatch() throws Exception {
        String address = "100.100." + (1 + (int) (Math.random() * 250)) + "." + (1 + (int) (Math.random() * 250));
        String indicator = Stix.newIndicatorId();
        HttpResponse<String> published = new Http(port).json("POST", "/api/v1/intel/bundles?tlp=GREEN",
                Http.basic("analyst@bank.demo", "sipar-demo"), Stix.bundle("""
                        {"type":"indicator","spec_version":"2.1","id":"%s","created":"2026-01-01T00:00:00.000Z",
                         "modified":"%s","name":"Browser test","pattern":"[ipv4-addr:value = '%s']","pattern_type":"stix",
                         "valid_from":"2026-01-01T00:00:00Z","confidence":85,"labels":["botnet"]}""".formatted(indicator, java.time.Instant.now(), address)));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        browser.signIn("analyst@telco.demo");
        for (int i = 0; i < 50; i++) { // the index follows the change log within a second
            browser.open("/detect?lang=en");
            browser.findElement(By.id("check-values")).sendKeys(address + "\nclean-domain.example\n999.1.1.1");
            browser.findElement(By.cssSelector("#check-form button[type=submit]")).click();
            browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("check-results")));
            if (browser.findElement(By.id("check-results")).getText().contains(indicator)) {
                break;
            }
            Thread.sleep(200);
        }
        String results = browser.findElement(By.id("check-results")).getText();
        assertThat(results).contains(indicator, "TLP:GREEN", "botnet", "No match", "Not readable");
        assertThat(browser.findElements(By.cssSelector("#check-results tr.matched"))).hasSize(1);
        browser.wholePageScreenshot("detect-desk-en");
        browser.open("/detect?lang=ur");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("شناخت");
        browser.wholePageScreenshot("detect-desk-ur");
        browser.open("/detect?lang=en");
        browser.signOut();
    }
}
