package org.sipar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sipar.support.DemoIntelligencePlatform;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two demo logins open their dashboards in a real browser, in English and in Urdu, and see different threat
 * pictures: the CERT analyst every level down to RED, the ministry's analyst its AMBER+STRICT case and no AMBER
 * or RED. A technique from the dashboard opens with MITRE's notice.
 */
@DemoIntelligencePlatform
class DashboardBrowserTests {

    static ChromeDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Chromium.start();
        browser.manage().window().setSize(new Dimension(1280, 1900));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theCertAnalystAndTheMinistryAnalystSeeDifferentPicturesInEnglishAndUrdu() throws Exception {
        signIn("analyst@cert.demo", "en");
        assertThat(tags()).contains("TLP:RED", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP:GREEN", "TLP:CLEAR");
        assertThat(browser.findElements(By.cssSelector("[data-panel='dashboard.intel.techniques'] li"))).hasSize(10);
        assertThat(panelTitles()).containsExactly("New intelligence", "Intelligence you can see", "Most used techniques",
                "Recent imports");
        screenshot("dashboard-cert-analyst-en");
        browser.findElement(By.cssSelector("a.lang")).click();
        waitFor().until(d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
        assertThat(panelTitles()).contains("سب سے زیادہ استعمال ہونے والی تکنیکیں", "حالیہ درآمدات");
        assertThat(tags()).contains("TLP:RED");
        screenshot("dashboard-cert-analyst-ur");

        browser.manage().deleteAllCookies();
        signIn("analyst@moit.demo", "ur");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(tags()).contains("TLP:AMBER+STRICT", "TLP:GREEN", "TLP:CLEAR").doesNotContain("TLP:RED", "TLP:AMBER");
        screenshot("dashboard-ministry-analyst-ur");
        browser.get(url("/dashboard?lang=en"));
        assertThat(panelTitles()).contains("Most used techniques");
        screenshot("dashboard-ministry-analyst-en");
    }

    @Test
    void aTechniqueOnTheDashboardOpensWithMitresNotice() throws Exception {
        browser.manage().deleteAllCookies();
        signIn("analyst@bank.demo", "en");
        browser.findElement(By.cssSelector("[data-panel='dashboard.intel.techniques'] li a")).click();
        waitFor().until(ExpectedConditions.urlContains("/intel/objects/attack-pattern--"));
        assertThat(browser.findElement(By.cssSelector(".attribution")).getText())
                .contains("The MITRE Corporation", "reproduced and distributed with the permission");
        screenshot("technique-with-mitre-notice-en");
    }

    private List<String> tags() {
        return browser.findElements(By.cssSelector(".panel-tags .tlp")).stream()
                .map(WebElement::getText).map(t -> t.substring(0, t.lastIndexOf(' '))).distinct().toList();
    }

    private List<String> panelTitles() {
        return browser.findElements(By.cssSelector(".panel h2")).stream().map(WebElement::getText).toList();
    }

    private void signIn(String email, String lang) {
        browser.get(url("/login?lang=" + lang));
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
