package org.sipar.stream.internal.federation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.sipar.platform.OutboundAddresses;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A TAXII 2.1 client on {@code java.net.http}, for one link's requests. Every request re-checks the address against
 * SSRF (a name may resolve elsewhere since the link was saved), follows no redirect, is bounded in time (connect and
 * whole answer) and in size, and answers only a 2xx TAXII 2.1 JSON body; anything else is a {@link RemoteFailure}.
 */
class TaxiiClient {

    static final String MEDIA_TYPE = "application/taxii+json;version=2.1";

    /** One answer: its status, the headers TAXII paging uses, and its JSON body (null when empty). */
    record Answer(int status, String dateAddedLast, JsonNode body) {
    }

    private final HttpClient http;
    private final FederationSettings settings;
    private final OutboundAddresses.Allowance allowance;
    private final JsonMapper json = JsonMapper.shared();

    TaxiiClient(FederationSettings settings, OutboundAddresses.Allowance allowance) {
        this.settings = settings;
        this.allowance = allowance;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    OutboundAddresses.Allowance allowance() {
        return allowance;
    }

    Answer get(String url, String authorization) {
        return send(request(url, authorization).GET().build(), true);
    }

    Answer post(String url, String authorization, String envelope) {
        HttpRequest r = request(url, authorization).header("Content-Type", MEDIA_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8)).build();
        return send(r, true);
    }

    /** Deletes; the answer's body is not read as TAXII (servers differ), only its status. */
    Answer delete(String url, String authorization) {
        return send(request(url, authorization).DELETE().build(), false);
    }

    /** The Authorization header for a link's credentials, null without any. */
    static String authorization(Link.Auth auth, String user, String secret) {
        return switch (auth) {
            case NONE -> null;
            case BASIC -> "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
            case BEARER -> "Bearer " + secret;
        };
    }

    private HttpRequest.Builder request(String url, String authorization) {
        URI uri;
        try {
            uri = OutboundAddresses.checked("api_root", url, allowance);
        } catch (org.sipar.platform.InputRejected e) {
            throw new RemoteFailure(e.getMessage());
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(settings.requestTimeout()).header("Accept", MEDIA_TYPE);
        return authorization == null ? b : b.header("Authorization", authorization);
    }

    private Answer send(HttpRequest request, boolean taxiiBody) {
        HttpResponse<byte[]> response = exchange(request);
        int status = response.statusCode();
        if (status / 100 != 2) {
            throw new RemoteFailure(request.method() + " " + request.uri() + " answered HTTP " + status
                    + snippet(response.body()), status);
        }
        String last = response.headers().firstValue("X-TAXII-Date-Added-Last").orElse(null);
        if (!taxiiBody || response.body().length == 0) {
            return new Answer(status, last, null);
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!isTaxii21(type)) {
            throw new RemoteFailure(request.uri() + " answered in the media type '" + type + "', not " + MEDIA_TYPE, status);
        }
        try {
            return new Answer(status, last, json.readTree(response.body()));
        } catch (JacksonException e) {
            throw new RemoteFailure(request.uri() + " answered with invalid JSON: " + e.getOriginalMessage(), status);
        }
    }

    private HttpResponse<byte[]> exchange(HttpRequest request) {
        CompletableFuture<HttpResponse<byte[]>> call =
                http.sendAsync(request, CappedBody.handler(settings.maxResponseBytes().toBytes()));
        try {
            // The request's own timeout ends at the headers: this bounds the body too.
            return call.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new RemoteFailure(request.uri() + " did not answer within " + settings.requestTimeout().toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteFailure("interrupted while waiting for " + request.uri());
        } catch (ExecutionException e) {
            throw failure(request, e.getCause());
        }
    }

    private static RemoteFailure failure(HttpRequest request, Throwable cause) {
        if (cause instanceof RemoteFailure f) {
            return f;
        }
        if (cause instanceof java.net.http.HttpTimeoutException) {
            return new RemoteFailure(request.uri() + " did not answer in time (" + cause.getMessage() + ")");
        }
        return new RemoteFailure(request.uri() + " could not be reached: " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"));
    }

    static boolean isTaxii21(String contentType) {
        String t = contentType.toLowerCase(Locale.ROOT).replace(" ", "");
        return t.startsWith("application/taxii+json") && (!t.contains("version=") || t.contains("version=2.1"));
    }

    private static String snippet(byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        String text = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        return ": " + text;
    }
}
