package org.sipar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sipar.support.DemoPlatform;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser, in English and Urdu: an analyst makes a read-only token, copies its secret with the copy
 * button (under the pages' CSP), uses it for TAXII and sees when and from where it was last used; the not-found
 * page and the branded Swagger UI are shown for a look.
 */
@DemoPlatform
class TokensBrowserTests {

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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"en | Read only | Copied to the clipboard. | from | Never",
            "ur | صرف پڑھنا | کلپ بورڈ پر کاپی ہو گیا۔ | از | کبھی نہیں"})
    void anAnalystMakesAReadOnlyTokenCopiesItAndSeesItsLastUse(String lang, String readOnly, String copied,
                                                                String from, String never) throws Exception {
        signIn("analyst@bank.demo", lang);
        browser.get(url("/account/tokens"));
        watchCsp();
        browser.navigate().refresh();
        String name = "feed " + lang + " " + UUID.randomUUID().toString().substring(0, 6);
        browser.findElement(By.id("token-name")).sendKeys(name);
        assertThat(browser.findElement(By.cssSelector("input[name=scope][value=read]")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("token-expires")).getAttribute("value")).isNotBlank();
        browser.findElement(By.cssSelector("form.token-form button[type=submit]")).click();
        WebElement secret = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("new-token")));
        String token = secret.getText().strip();
        assertThat(token).startsWith("sipar_");

        browser.findElement(By.cssSelector("button[data-copy=new-token]")).click();
        waitFor().until(d -> copied.equals(d.findElement(By.cssSelector(".copy-status")).getText()));
        assertThat(clipboard()).isEqualTo(token);
        WebElement row = row(name);
        assertThat(row.findElement(By.cssSelector("td[data-scope]")).getText()).isEqualTo(readOnly);
        assertThat(row.findElement(By.cssSelector("td.last-used")).getText()).isEqualTo(never);
        assertThat(cspViolations()).as("CSP violations on the tokens page").isEmpty();
        screenshot("tokens-created-" + lang);

        assertThat(taxii(token)).isEqualTo(200);
        browser.get(url("/account/tokens"));
        String lastUsed = row(name).findElement(By.cssSelector("td.last-used")).getText();
        assertThat(lastUsed).matches("(?s)\\d{1,2} \\S+ \\d{4}\\S* \\d{1,2}:\\d\\d( [AP]M)? UTC\\s+" + from + " (127\\.0\\.0\\.1|0:0:0:0:0:0:0:1)");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", row(name));
        screenshot("tokens-used-" + lang);
    }

    @Test
    void theNotFoundPageAndTheBrandedApiDocumentationLookRight() throws Exception {
        signIn("analyst@telco.demo", "en");
        for (String lang : List.of("en", "ur")) {
            browser.get(url("/intel/objects/indicator--" + UUID.randomUUID() + "?lang=" + lang));
            assertThat(browser.findElement(By.cssSelector("code.not-found-id")).getText()).startsWith("indicator--");
            assertThat(browser.findElement(By.cssSelector("main a[href='/']")).isDisplayed()).isTrue();
            screenshot("not-found-" + lang);
        }
        browser.get(url("/api/docs"));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui .info .title")));
        assertThat(browser.getTitle()).isEqualTo("REST API · Sipar");
        assertThat(browser.findElement(By.cssSelector(".sipar-bar")).getText()).contains("Sipar", "REST API");
        assertThat(browser.findElements(By.cssSelector(".swagger-ui .topbar"))).allMatch(e -> !e.isDisplayed());
        screenshot("api-docs-branded");
    }

    private WebElement row(String name) {
        return browser.findElements(By.cssSelector("table.grid tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("td")).getText().equals(name)).findFirst().orElseThrow();
    }

    private int taxii(String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("/taxii2/api/collections/")))
                .header("Accept", "application/taxii+json;version=2.1").header("Authorization", "Bearer " + token).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    /** What the page's clipboard holds, read in the page with the permission granted to this origin. */
    private String clipboard() {
        browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin", url(""),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        return (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[0]; navigator.clipboard.readText().then(done, e => done('failed: ' + e));");
    }

    private void signIn(String email, String lang) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login?lang=" + lang));
        browser.findElement(By.id("username")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys("sipar-demo");
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        waitFor().until(ExpectedConditions.urlContains("/dashboard"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
    }

    /** Records the page's Content-Security-Policy violations from before its first script runs. */
    private void watchCsp() {
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.cspViolations = [];
                document.addEventListener('securitypolicyviolation',
                    e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"""));
    }

    private List<?> cspViolations() {
        return (List<?>) ((JavascriptExecutor) browser).executeScript("return window.cspViolations || []");
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
