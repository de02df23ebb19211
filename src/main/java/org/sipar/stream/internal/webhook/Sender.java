package org.sipar.stream.internal.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.sipar.platform.InputRejected;
import org.sipar.platform.OutboundAddresses;

/**
 * Sends one signed message to one endpoint and says how it went. The URL is checked again before every attempt
 * (a name may resolve elsewhere since it was registered); redirects are not followed (a 3xx is a failure, as it
 * could lead inside); the whole exchange, body included, is bounded by the request timeout; and at most
 * {@link #KEPT_BYTES} of the answer are kept, to say what went wrong.
 */
final class Sender {

    static final int KEPT_BYTES = 4096;

    /** How an attempt went: {@code status} null when no answer came, {@code error} null when delivered. */
    record Outcome(Integer status, String error) {

        boolean delivered() {
            return error == null;
        }
    }

    private final HttpClient client;
    private final Duration timeout;
    private final OutboundAddresses.Allowance allowance;

    Sender(Duration connectTimeout, Duration requestTimeout, OutboundAddresses.Allowance allowance) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
        this.timeout = requestTimeout;
        this.allowance = allowance;
    }

    Outcome send(String url, String messageId, long timestamp, String signature, String body) {
        URI uri;
        try {
            uri = OutboundAddresses.checked("url", url, allowance);
        } catch (InputRejected e) {
            return new Outcome(null, "Not sent: " + e.getMessage());
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/json").header("User-Agent", "Sipar-Webhooks/1")
                .header("webhook-id", messageId).header("webhook-timestamp", String.valueOf(timestamp))
                .header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return exchange(request);
    }

    private Outcome exchange(HttpRequest request) {
        CompletableFuture<HttpResponse<String>> answer = client.sendAsync(request, info -> new KeptAnswer(KEPT_BYTES));
        try {
            // The request timeout bounds the wait for the headers; this bounds the body too.
            HttpResponse<String> response = answer.get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
            int status = response.statusCode();
            return status >= 200 && status < 300 ? new Outcome(status, null)
                    : new Outcome(status, "HTTP " + status + answered(response.body()));
        } catch (TimeoutException e) {
            answer.cancel(true);
            return new Outcome(null, "No answer within " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Outcome(null, cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            return new Outcome(null, "Interrupted while sending (Sipar was stopping)");
        }
    }

    private static String answered(String body) {
        String text = body == null ? "" : body.replaceAll("\\p{Cntrl}", " ").strip();
        return text.isEmpty() ? "" : ": " + (text.length() > 300 ? text.substring(0, 300) + "…" : text);
    }
}
