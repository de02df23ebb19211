package org.sipar.taxii;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sipar.support.Http;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A TAXII client for tests: sends the TAXII media type, reads answers as JSON trees. */
final class TaxiiClient {

    static final String MEDIA = "application/taxii+json;version=2.1";
    static final String ROOT = "/taxii2/api/";
    static final String PASSWORD = "sipar-demo";
    static final JsonMapper JSON = JsonMapper.builder().build();
    /** How long a test waits for added objects to be imported. */
    static final Duration DEADLINE = Duration.ofSeconds(60);

    private final String base;
    private final HttpClient client = HttpClient.newHttpClient();

    TaxiiClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /** The Authorization header of a demo login, or null for anonymous. */
    static String as(String email) {
        return email == null ? null : Http.basic(email, PASSWORD);
    }

    Answer get(String path, String auth) {
        return send("GET", path, auth, Map.of("Accept", MEDIA), null);
    }

    Answer get(String path, String auth, Map<String, String> query) {
        String q = query.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return get(path + (q.isEmpty() ? "" : "?" + q), auth);
    }

    Answer post(String path, String auth, String body) {
        return send("POST", path, auth, Map.of("Accept", MEDIA, "Content-Type", MEDIA), body);
    }

    /** A POST with the preference {@code prefer} (RFC 7240), such as {@code respond-async}. */
    Answer post(String path, String auth, String body, String prefer) {
        return send("POST", path, auth, Map.of("Accept", MEDIA, "Content-Type", MEDIA, "Prefer", prefer), body);
    }

    Answer delete(String path, String auth) {
        return send("DELETE", path, auth, Map.of("Accept", MEDIA), null);
    }

    Answer send(String method, String path, String auth, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        if (auth != null) {
            request.header("Authorization", auth);
        }
        try {
            return new Answer(client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The id of the collection titled {@code title} as {@code auth} sees the list. */
    String collection(String title, String auth) {
        for (JsonNode c : get(ROOT + "collections/", auth).json().path("collections")) {
            if (c.path("title").asString().equals(title)) {
                return c.path("id").asString();
            }
        }
        throw new AssertionError("No collection " + title);
    }

    /**
     * Adds an envelope of {@code objects} to a collection and, once it is accepted, waits for the import: returns
     * the POST's answer (202) with the complete status resource as its body, or the refusal as it came.
     */
    Answer add(String collection, String auth, List<String> objects) {
        Answer posted = post(ROOT + "collections/" + collection + "/objects/", auth, envelope(objects));
        if (posted.status() != 202) {
            return posted;
        }
        return new Answer(posted.response(), awaitComplete(posted.json().path("id").asString(), auth).response().body());
    }

    static String envelope(List<String> objects) {
        return "{\"objects\":[" + String.join(",", objects) + "]}";
    }

    /**
     * Polls status {@code id} until it is complete and returns that answer; fails if it is still pending after
     * {@code DEADLINE}. Every answer on the way must be a well-formed status whose counts add up.
     */
    Answer awaitComplete(String id, String auth) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        Duration pause = Duration.ofMillis(5);
        while (true) {
            Answer answer = get(ROOT + "status/" + id + "/", auth);
            JsonNode status = answer.json();
            if (answer.status() != 200 || status.path("success_count").asInt() + status.path("failure_count").asInt()
                    + status.path("pending_count").asInt() != status.path("total_count").asInt()) {
                throw new AssertionError("Status " + id + " answered " + answer.status() + ": " + answer.body());
            }
            if ("complete".equals(status.path("status").asString())) {
                return answer;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Status " + id + " still pending after " + DEADLINE + ": " + answer.body());
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause = pause.multipliedBy(2).compareTo(Duration.ofMillis(200)) > 0 ? Duration.ofMillis(200) : pause.multipliedBy(2);
        }
    }

    /**
     * A response with its body as a JSON tree (missing node when the body is empty or not JSON); {@code body} is
     * the response's own unless a later answer replaced it (the complete status after an add).
     */
    record Answer(HttpResponse<String> response, String body) {

        Answer(HttpResponse<String> response) {
            this(response, response.body());
        }

        int status() {
            return response.statusCode();
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (RuntimeException e) {
                return JSON.missingNode();
            }
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }

        /** The values of a string property of every element of list {@code list}. */
        List<String> list(String list, String property) {
            List<String> values = new ArrayList<>();
            json().path(list).forEach(n -> values.add(property == null ? n.asString() : n.path(property).asString()));
            return values;
        }
    }
}
