package org.sipar.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A small HTTP client for tests: one cookie jar (a browser session), form posts with CSRF, JSON calls. */
public final class Http {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;
    private String csrf;

    public Http(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** GETs a page, remembering the CSRF token it carries. */
    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET().build());
        Matcher m = CSRF.matcher(response.body());
        if (m.find()) {
            csrf = m.group(1).replace("&#45;", "-");
        }
        return response;
    }

    /** GETs a page as a browser asks for one, accepting HTML (as error pages need to be told). */
    public HttpResponse<String> page(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,application/xhtml+xml").GET().build());
    }

    /** POSTs a form with the CSRF token of the last page fetched. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (csrf != null) {
            fields.putIfAbsent("_csrf", csrf);
        }
        return postRaw(path, fields);
    }

    /** POSTs a form exactly as given, without adding a CSRF token. */
    public HttpResponse<String> postRaw(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /**
     * POSTs a file as a form's upload ({@code multipart/form-data}, in field {@code field}), with the CSRF token of
     * the last page fetched in the query string, as the pages' upload forms send it.
     */
    public HttpResponse<String> upload(String path, String field, String fileName, byte[] content) {
        String boundary = "sipar-test-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        String target = csrf == null ? path : path + (path.contains("?") ? "&" : "?") + "_csrf=" + enc(csrf);
        return send(HttpRequest.newBuilder(uri(target)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, content, tail))).build());
    }

    /** Signs in through the form and returns the response of the form post. */
    public HttpResponse<String> signIn(String email, String password) {
        get("/login");
        return post("/login", Map.of("username", email, "password", password));
    }

    /** Sends a JSON request with the given Authorization header (or none when null). */
    public HttpResponse<String> json(String method, String path, String authorization, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    /** GETs a TAXII 2.1 resource with the TAXII media type, with the given Authorization header (or none when null). */
    public HttpResponse<String> taxii(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/taxii+json;version=2.1");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.GET().build());
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
