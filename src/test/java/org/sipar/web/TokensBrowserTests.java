package org.sipar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sipar.support.DemoPlatform;

/**
 * In a real browser, in English and Urdu: an analyst makes a read-only token, copies its secret with the copy
 * button (under the pages' CSP), uses it for TAXII and sees when and from where it was last used; the not-found
 * page and the branded Swagger UI are shown for a look.
 */
@DemoPlatform
class TokensBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"en | Read only | Copied to the clipboard. | from | Never",
            "ur | صرف پڑھنا | کلپ بورڈ پر کاپی ہو گیا۔ | از | کبھی نہیں"})
    void anAnalystMakesAReadOnlyTokenCopiesItAndSeesItsLastUse(String lang, String readOnly, String copied,
                                                                String from, String never) throws Exception {
        browser.signIn("analyst@bank.demo", lang);
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
        browser.open("/account/tokens");
        browser.watchCsp();
        browser.driver().navigate().refresh();
        String name = "feed " + lang + " " + UUID.randomUUID().toString().substring(0, 6);
        browser.findElement(By.id("token-name")).sendKeys(name);
        assertThat(browser.findElement(By.cssSelector("input[name=scope][value=read]")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("token-expires")).getAttribute("value")).isNotBlank();
        browser.findElement(By.cssSelector("form.token-form button[type=submit]")).click();
        WebElement secret = browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("new-token")));
        String token = secret.getText().strip();
        assertThat(token).startsWith("sipar_");

        browser.findElement(By.cssSelector("button[data-copy=new-token]")).click();
        browser.waitFor().until(d -> copied.equals(d.findElement(By.cssSelector(".copy-status")).getText()));
        assertThat(browser.clipboard()).isEqualTo(token);
        WebElement row = row(name);
        assertThat(row.findElement(By.cssSelector("td[data-scope]")).getText()).isEqualTo(readOnly);
        assertThat(row.findElement(By.cssSelector("td.last-used")).getText()).isEqualTo(never);
        assertThat(browser.cspViolations()).as("CSP violations on the tokens page").isEmpty();
        browser.screenshot("tokens-created-" + lang);

        assertThat(taxii(token)).isEqualTo(200);
        browser.open("/account/tokens");
        String lastUsed = row(name).findElement(By.cssSelector("td.last-used")).getText();
        assertThat(lastUsed).matches("(?s)\\d{1,2} \\S+ \\d{4}\\S* \\d{1,2}:\\d\\d( [AP]M)? UTC\\s+" + from + " (127\\.0\\.0\\.1|0:0:0:0:0:0:0:1)");
        browser.script("arguments[0].scrollIntoView({block: 'center'})", row(name));
        browser.screenshot("tokens-used-" + lang);
    }

    @Test
    void theNotFoundPageAndTheBrandedApiDocumentationLookRight() throws Exception {
        browser.signIn("analyst@telco.demo", "en");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        for (String lang : List.of("en", "ur")) {
            browser.open("/intel/objects/indicator--" + UUID.randomUUID() + "?lang=" + lang);
            assertThat(browser.findElement(By.cssSelector("code.not-found-id")).getText()).startsWith("indicator--");
            assertThat(browser.findElement(By.cssSelector("main a[href='/']")).isDisplayed()).isTrue();
            browser.screenshot("not-found-" + lang);
        }
        browser.open("/api/docs");
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui .info .title")));
        assertThat(browser.driver().getTitle()).isEqualTo("REST API · Sipar");
        assertThat(browser.findElement(By.cssSelector(".sipar-bar")).getText()).contains("Sipar", "REST API");
        assertThat(browser.findElements(By.cssSelector(".swagger-ui .topbar"))).allMatch(e -> !e.isDisplayed());
        browser.screenshot("api-docs-branded");
    }

    private WebElement row(String name) {
        return browser.findElements(By.cssSelector("table.grid tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("td")).getText().equals(name)).findFirst().orElseThrow();
    }

    private int taxii(String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(browser.url("/taxii2/api/collections/")))
                .header("Accept", "application/taxii+json;version=2.1").header("Authorization", "Bearer " + token).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
