package org.sipar.stream.internal.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sipar.platform.OutboundAddresses;

/** What an endpoint that misbehaves gets: no redirect followed, an endless answer cut short, a silent one timed out. */
class SenderTest {

    HttpServer server;
    final AtomicBoolean followed = new AtomicBoolean();
    final CountDownLatch never = new CountDownLatch(1);
    final Sender sender = new Sender(Duration.ofSeconds(2), Duration.ofSeconds(1), new OutboundAddresses.Allowance(false, true));

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/redirect", e -> {
            e.getResponseHeaders().add("Location", "http://127.0.0.1:" + port() + "/inside");
            e.sendResponseHeaders(302, -1);
            e.close();
        });
        server.createContext("/inside", e -> {
            followed.set(true);
            e.sendResponseHeaders(204, -1);
            e.close();
        });
        server.createContext("/endless", e -> {
            e.sendResponseHeaders(500, 0);
            byte[] chunk = "x".repeat(8192).getBytes();
            try (OutputStream out = e.getResponseBody()) {
                for (int i = 0; i < 100_000; i++) {
                    out.write(chunk);
                }
            } catch (IOException cut) {
                // the sender hung up once it had read enough
            }
        });
        server.createContext("/silent", e -> {
            try {
                never.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            e.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        never.countDown();
        server.stop(0);
    }

    @Test
    void aRedirectIsAFailureAndIsNotFollowed() {
        Sender.Outcome outcome = send("/redirect");
        assertThat(outcome.delivered()).isFalse();
        assertThat(outcome.status()).isEqualTo(302);
        assertThat(followed).isFalse();
    }

    @Test
    void anEndlessAnswerIsReadOnlyAsFarAsTheFirstFewKilobytes() {
        Sender.Outcome outcome = send("/endless");
        assertThat(outcome.status()).isEqualTo(500);
        assertThat(outcome.error()).startsWith("HTTP 500: xxx").hasSizeLessThan(400);
    }

    @Test
    void anEndpointThatNeverAnswersTimesOut() {
        Sender.Outcome outcome = send("/silent");
        assertThat(outcome.status()).isNull();
        assertThat(outcome.error()).containsAnyOf("No answer within 1 s", "HttpTimeoutException");
    }

    @Test
    void anAddressThatReachesInsideIsNotSentTo() {
        Sender.Outcome outcome = sender.send("https://169.254.169.254/latest", "msg_1", 1, "v1,x", "{}");
        assertThat(outcome.error()).startsWith("Not sent: url 'https://169.254.169.254/latest'");
    }

    private Sender.Outcome send(String path) {
        return sender.send("http://127.0.0.1:" + port() + path, "msg_1", 1, "v1,x", "{}");
    }

    private int port() {
        return server.getAddress().getPort();
    }
}
