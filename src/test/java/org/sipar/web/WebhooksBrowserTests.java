package org.sipar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.Http.basic;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sipar.sharing.Tlp;
import org.sipar.stream.internal.FeedSignal;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.sipar.support.stix.Stix;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser, in English and Urdu: the bank's administrator registers a webhook from the administration
 * menu and sees its secret once; the endpoint's first message fails and, once its attempts are spent, is a dead
 * letter on the endpoint's page with the receiver's answer; a later message is delivered; the dead letter is
 * replayed and delivered too.
 */
@DemoPlatform
class WebhooksBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FeedSignal signal;

    final AtomicInteger status = new AtomicInteger(500);
    HttpServer receiver;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] answer = "receiver down for maintenance".getBytes();
            exchange.sendResponseHeaders(status.get(), answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"en | ltr | Dead | Delivered", "ur | rtl | ناکام | پہنچ گیا"})
    void anAdministratorRegistersAWebhookSeesADeliveryAndReplaysADeadLetter(String lang, String dir, String dead,
                                                                           String delivered) throws Exception {
        browser.signIn("admin@bank.demo", lang);
        browser.findElement(By.cssSelector("aside a[href='/admin/webhooks']")).click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("webhook-form")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo(dir);
        browser.watchCsp();
        String name = "SOC " + lang + " " + UUID.randomUUID().toString().substring(0, 6);
        browser.findElement(By.id("webhook-name")).sendKeys(name);
        WebElement url = browser.findElement(By.id("webhook-url"));
        url.clear();
        url.sendKeys("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
        browser.findElement(By.id("webhook-type")).sendKeys("indicator");
        browser.findElement(By.cssSelector("#webhook-form button[type=submit]")).click();
        String secret = browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("new-secret"))).getText();
        assertThat(secret).startsWith("whsec_");
        browser.screenshot("webhook-registered-" + lang);
        browser.findElement(By.cssSelector("#webhook-created a")).click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("dead-letters")));
        assertThat(browser.driver().getPageSource()).as("the secret is shown once only").doesNotContain(secret);
        String webhook = browser.getCurrentUrl().replaceAll(".*/admin/webhooks/", "");

        long failed = publishAndAwait(webhook, "pending");
        // The schedule spends its attempts over hours (WebhookRetryTests walks it under a clock): stand for the last.
        jdbc.sql("update stream_webhook_deliveries set status = 'dead', attempts = 8, finished_at = now() where id = ?")
                .param(failed).update();
        status.set(204);
        long sent = publishAndAwait(webhook, "delivered");
        browser.driver().navigate().refresh();
        WebElement deadRow = browser.findElement(By.cssSelector("#dead-letters tr[data-delivery='" + failed + "']"));
        assertThat(deadRow.getText()).contains(dead, "500", "receiver down for maintenance");
        assertThat(browser.findElement(By.cssSelector("#recent-deliveries tr[data-delivery='" + sent + "']")).getText())
                .contains(delivered);
        assertThat(browser.cspViolations()).as("CSP violations on the webhook's page").isEmpty();
        browser.wholePageScreenshot("webhook-dead-letter-" + lang);

        deadRow.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("replayed")));
        awaitStatus(failed, "delivered");
        browser.driver().navigate().refresh();
        assertThat(browser.findElements(By.cssSelector("#dead-letters tr[data-delivery]"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("#recent-deliveries tr[data-delivery='" + failed + "']")).getText())
                .contains(delivered);
        browser.wholePageScreenshot("webhook-replayed-" + lang);

        browser.findElement(By.id("delete")).click();
        browser.waitFor().until(ExpectedConditions.urlContains("/admin/webhooks?deleted"));
        assertThat(browser.findElements(By.cssSelector("#webhooks tr[data-webhook='" + webhook + "']"))).isEmpty();
    }

    /** Publishes an indicator and waits until the webhook's delivery of it has {@code wanted} after an attempt. */
    private long publishAndAwait(String webhook, String wanted) throws InterruptedException {
        HttpResponse<String> answer = new Http(port).json("POST", "/api/v1/intel/bundles?tlp=GREEN",
                basic("analyst@bank.demo", "sipar-demo"), Stix.bundle(Stix.indicator(Stix.newIndicatorId(), "hooked",
                        Tlp.GREEN.markingId(), "2026-03-01T00:00:00.000Z")));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        signal.wake();
        for (int i = 0; i < 600; i++) {
            var found = jdbc.sql("select id from stream_webhook_deliveries where webhook_id = ?::uuid and status = ?"
                    + " and attempts > 0 and leased_until is null order by id desc limit 1")
                    .params(webhook, wanted).query(Long.class).optional();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + wanted + " delivery for webhook " + webhook);
    }

    private void awaitStatus(long delivery, String wanted) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            if (wanted.equals(jdbc.sql("select status from stream_webhook_deliveries where id = ?").param(delivery)
                    .query(String.class).single())) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("delivery " + delivery + " never became " + wanted);
    }
}
