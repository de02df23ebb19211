package org.sipar.stream;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Server-Sent Events client for tests, reading the stream line by line on a thread of its own, as a client
 * tool would. Waits are bounded so that a broken stream fails the test instead of hanging it; no test asserts
 * how long anything took.
 */
public final class SseStream implements AutoCloseable {

    /** How long to wait for an event before giving up: generous, since the machine is shared. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    /** One event: its id, name and data (null for a comment, whose text is then the data). */
    public record Event(String id, String event, String data) {

        public JsonNode json() {
            return JsonMapper.shared().readTree(data);
        }

        public boolean comment() {
            return event == null && id == null;
        }
    }

    private static final Event END = new Event(null, "end of stream", null);

    private final HttpResponse<InputStream> response;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Thread reader;

    private SseStream(HttpResponse<InputStream> response) {
        this.response = response;
        // A refusal's body is read whole by body(); only a stream is read line by line.
        this.reader = response.statusCode() == 200 ? Thread.ofVirtual().start(this::read) : null;
    }

    /** Opens {@code path} with the given headers (name, value pairs). */
    public static SseStream open(int port, String path, Map<String, String> headers) {
        return open(HttpClient.newHttpClient(), port, path, headers);
    }

    /** A client signed in through the sign-in form, carrying the web session's cookie. */
    public static HttpClient session(int port, String email, String password) {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        try {
            String login = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
            if (!csrf.find()) {
                throw new AssertionError("no CSRF token on the sign-in page");
            }
            String form = "username=" + enc(email) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1).replace("&#45;", "-"));
            int status = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 302) {
                throw new AssertionError("sign-in answered " + status);
            }
            return client;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Opens {@code path} through {@code client} (a session's, say) with the given headers. */
    public static SseStream open(HttpClient client, int port, String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/event-stream").GET();
        headers.forEach(request::header);
        try {
            return new SseStream(client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int status() {
        return response.statusCode();
    }

    public String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** The body of a refused request (its problem detail). */
    public String body() {
        try (InputStream in = response.body()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String id = null;
            String name = null;
            StringBuilder data = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (data != null || id != null || name != null) {
                        events.add(new Event(id, name, data == null ? null : data.toString()));
                    }
                    id = null;
                    name = null;
                    data = null;
                } else if (line.startsWith(":")) {
                    events.add(new Event(null, null, line.substring(1).strip()));
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data = (data == null ? new StringBuilder() : data.append('\n')).append(line.substring(5).strip());
                }
            }
        } catch (IOException closed) {
            // closed by the test, or the server ended the stream
        }
        events.add(END);
    }

    /** The next event (comments included), or null when the stream ended or nothing came within the patience. */
    public Event next() {
        try {
            Event e = events.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            return e == END ? null : e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The events (not comments) up to and including the first that {@code last} matches; fails if it never comes. */
    public List<Event> until(Predicate<Event> last) {
        List<Event> seen = new ArrayList<>();
        for (Event e = next(); e != null; e = next()) {
            if (!e.comment()) {
                seen.add(e);
                if (last.test(e)) {
                    return seen;
                }
            }
        }
        throw new AssertionError("The stream ended or went quiet before the awaited event; it sent " + seen);
    }

    /** The events until the one about STIX object {@code id}. */
    public List<Event> untilObject(String id) {
        return until(e -> e.data() != null && e.data().contains("\"id\":\"" + id + "\""));
    }

    @Override
    public void close() {
        if (reader != null) {
            reader.interrupt();
        }
        try {
            response.body().close();
        } catch (IOException e) {
            // already closed
        }
    }
}
