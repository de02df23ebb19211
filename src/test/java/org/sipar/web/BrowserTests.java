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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sipar.support.DemoPlatform;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A real browser signs in as the demo hub administrator, switches to Urdu, and opens each admin page. */
@DemoPlatform
class BrowserTests {

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
    void adminSignsInSwitchesToUrduAndVisitsEveryAdminPage() throws Exception {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("admin@cert.demo");
        browser.findElement(By.id("password")).sendKeys("sipar-demo");
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        waitFor().until(ExpectedConditions.urlContains("/dashboard"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome, Ayesha Siddiqui");
        assertThat(browser.findElements(By.cssSelector("svg.chart rect.bar"))).hasSize(14);
        screenshot("dashboard-en");

        browser.findElement(By.cssSelector("a.lang")).click();
        waitFor().until(d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ur");
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("خوش آمدید");
        assertThat(urduFontLoaded()).as("the Noto Nastaliq Urdu web font is loaded").isTrue();
        assertThat(browser.findElement(By.tagName("body")).getCssValue("direction")).isEqualTo("rtl");
        screenshot("dashboard-ur");

        for (String page : List.of("/admin/organisations", "/admin/people", "/admin/sharing-groups", "/admin/audit",
                "/account/tokens", "/account/password")) {
            browser.get(url(page));
            assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).as(page).isEqualTo("rtl");
            assertThat(browser.findElement(By.cssSelector("aside a[aria-current=page]")).getAttribute("href")).endsWith(page);
            assertThat(browser.findElement(By.tagName("h1")).getText()).as(page).isNotBlank();
            screenshot(page.substring(1).replace('/', '-') + "-ur");
        }
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("پاس ورڈ");

        browser.findElement(By.cssSelector("a.lang")).click();
        waitFor().until(d -> "ltr".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Change your password");
    }

    @Test
    void analystImportsABundleWatchesTheReportAndExploresTheGraph() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("analyst@cert.demo");
        browser.findElement(By.id("password")).sendKeys("sipar-demo");
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        waitFor().until(ExpectedConditions.urlContains("/dashboard"));
        browser.get(url("/intel/import"));
        Path bundle = Files.createTempFile("campaign", ".json");
        Files.writeString(bundle, IntelFixture.BUNDLE);
        browser.findElement(By.id("file")).sendKeys(bundle.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form.form-grid button[type=submit]")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#import-progress p.notice")));
        String report = browser.findElement(By.id("import-progress")).getText();
        assertThat(report).contains("intrusion-set", "attack-pattern", "relationship", "pattern: at");
        screenshot("intel-import-report");

        browser.get(url("/intel?q=Glacier"));
        browser.findElement(By.linkText("Glacier Panda")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.graph")));
        assertThat(browser.findElements(By.cssSelector("svg.graph line"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector(".matrix .technique"))).extracting(e -> e.getText())
                .containsExactlyInAnyOrder("T1566 Phishing", "T1059 Command and Scripting Interpreter");
        assertThat(browser.findElements(By.cssSelector(".matrix .tactic h3"))).extracting(e -> e.getText())
                .containsExactly("INITIAL-ACCESS", "EXECUTION");
        screenshot("intel-object");

        browser.findElement(By.cssSelector("a[href^='/intel/matrix']")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".matrix .technique .uses")));
        assertThat(browser.findElements(By.cssSelector(".matrix .technique .uses"))).extracting(e -> e.getText())
                .containsExactly("1/1", "1/1");
        assertThat(browser.findElement(By.cssSelector("input[name=id]")).isSelected()).isTrue();
        screenshot("intel-matrix");
    }

    @Test
    void keyboardReachesTheSkipLinkFirst() {
        browser.manage().deleteAllCookies();
        browser.get(url("/"));
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.TAB).perform();
        assertThat(browser.switchTo().activeElement().getAttribute("class")).isEqualTo("skip");
    }

    private boolean urduFontLoaded() {
        Object loaded = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                document.fonts.load('16px "Noto Nastaliq Urdu"', 'اردو').then(() => document.fonts.ready)
                  .then(() => done(document.fonts.check('16px "Noto Nastaliq Urdu"', 'اردو')
                                   && [...document.fonts].some(f => f.family.includes('Nastaliq') && f.status === 'loaded')));
                """);
        return Boolean.TRUE.equals(loaded);
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
