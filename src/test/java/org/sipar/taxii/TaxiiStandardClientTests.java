package org.sipar.taxii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.sipar.sharing.Tlp;
import org.sipar.support.DemoPlatform;
import org.sipar.support.stix.Stix;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Replays the HTTP conversation that OASIS's python {@code taxii2-client} 2.3.0 ({@code taxii2client.v21}) has
 * with a TAXII 2.1 server when a script does
 * <pre>
 *   server = Server(url, user=..., password=...)
 *   api_root = server.api_roots[0]; api_root.title; collection = [c for c in api_root.collections if ...][0]
 *   status = collection.add_objects(envelope)            # wait_for_completion=True
 *   for envelope in as_pages(collection.get_objects, per_request=100): ...
 * </pre>
 * The real client cannot run here (neither PyPI nor Debian's python3-taxii2client can be installed on this
 * machine), so {@link PythonTaxiiClient} sends the requests its source sends, header for header, and checks each
 * answer the way its source does: raise_for_status, the Content-Type check of GETs, and the field validation of
 * each resource class. Comments name the function of {@code taxii2client/common.py} or
 * {@code taxii2client/v21/__init__.py} each step mirrors.
 */
@DemoPlatform
class TaxiiStandardClientTests {

    static final String ANALYST = "analyst@moit.demo";
    static final int ADDED = 250;
    static final int PER_REQUEST = 100;

    @LocalServerPort
    int port;

    @Test
    void discoveryApiRootCollectionsAddObjectsWithStatusPollingAndPagingAsTaxii2ClientDoesThem() {
        // Set-up outside the client: a fresh sharing group, so that its collection holds just what is added here.
        Identities directory = new Identities(port);
        String group = directory.group("Standard client", List.of(directory.organisation("Ministry of Information Technology")));
        PythonTaxiiClient client = new PythonTaxiiClient(ANALYST, TaxiiClient.PASSWORD);

        // Server(url).api_roots -> Server.refresh(): conn.get(self.url) with no headers, so _HTTPConnection.get
        // adds Accept: MEDIA_TYPE_TAXII_V21; _TAXIIEndpoint.__init__ first appends the missing trailing slash.
        String serverUrl = PythonTaxiiClient.withSlash("http://localhost:" + port + "/taxii2");
        JsonNode discovery = client.get(serverUrl, Map.of(), Map.of());
        // Server._populate_fields / _validate_server: title required; api_roots, default, description optional.
        assertThat(discovery.path("title").isString() && !discovery.path("title").asString().isEmpty()).isTrue();
        assertThat(discovery.path("api_roots").isArray()).isTrue();
        List<String> roots = new ArrayList<>();
        discovery.path("api_roots").forEach(r -> {
            assertThat(r.isString()).isTrue();
            roots.add(r.asString());
        });
        assertThat(roots).isNotEmpty();
        // "If 'default' is one of the existing API Roots, reuse that object": it must be one of api_roots.
        assertThat(roots).contains(discovery.path("default").asString());
        // ApiRoot(urlparse.urljoin(self.url, url)) for each entry.
        String apiRootUrl = PythonTaxiiClient.withSlash(PythonTaxiiClient.urljoin(serverUrl, roots.getFirst()));

        // api_root.title -> ApiRoot.refresh_information(): GET the root with Accept: MEDIA_TYPE_TAXII_V21.
        JsonNode apiRoot = client.get(apiRootUrl, Map.of("Accept", PythonTaxiiClient.MEDIA_TYPE_TAXII_V21), Map.of());
        // ApiRoot._validate_api_root: title, versions (non-empty) and max_content_length required.
        assertThat(apiRoot.path("title").asString()).isNotEmpty();
        assertThat(apiRoot.path("versions").isArray() && !apiRoot.path("versions").isEmpty()).isTrue();
        assertThat(apiRoot.path("versions").get(0).asString()).isEqualTo(PythonTaxiiClient.MEDIA_TYPE_TAXII_V21);
        assertThat(apiRoot.path("max_content_length").isIntegralNumber()).isTrue();

        // api_root.collections -> ApiRoot.refresh_collections(): GET url + "collections/"; each item becomes
        // Collection(url + item["id"] + "/", collection_info=item).
        String collectionsUrl = apiRootUrl + "collections/";
        JsonNode collections = client.get(collectionsUrl, Map.of("Accept", PythonTaxiiClient.MEDIA_TYPE_TAXII_V21), Map.of());
        String collectionUrl = null;
        for (JsonNode item : collections.path("collections")) {
            String url = collectionsUrl + item.path("id").asString() + "/";
            // Collection._validate_collection: id, title, can_read and can_write present; the id in the URL.
            assertThat(item.path("id").asString()).isNotEmpty();
            assertThat(url).contains(item.path("id").asString());
            assertThat(item.path("title").asString()).isNotEmpty();
            assertThat(item.path("can_read").isBoolean()).as("can_read of %s", item).isTrue();
            assertThat(item.path("can_write").isBoolean()).as("can_write of %s", item).isTrue();
            assertThat(item.path("media_types").isMissingNode() || item.path("media_types").isArray()).isTrue();
            if (item.path("title").asString().equals(group)) {
                collectionUrl = url;
                // Collection._verify_can_write and _verify_can_read, before add_objects and get_objects.
                assertThat(item.path("can_write").asBoolean()).isTrue();
                assertThat(item.path("can_read").asBoolean()).isTrue();
            }
        }
        assertThat(collectionUrl).as("the group's collection is listed").isNotNull();
        String objectsUrl = collectionUrl + "objects/";   // Collection.objects_url

        // collection.add_objects(envelope) with a dict: json.dumps(envelope, ensure_ascii=False).encode("utf-8"),
        // posted by _HTTPConnection.post with Accept and Content-Type both MEDIA_TYPE_TAXII_V21.
        Set<String> good = new HashSet<>();
        List<String> objects = new ArrayList<>();
        for (int i = 0; i < ADDED; i++) {
            String id = Stix.newId("indicator");
            good.add(id);
            objects.add(Stix.indicator(id, Stix.CREATED, Tlp.GREEN).replace("Test indicator", "شاخص " + i));
        }
        String bad = Stix.newId("indicator");
        objects.add(Stix.indicatorWithPattern(bad, Stix.CREATED, Tlp.GREEN, "[ipv4-addr:value = "));
        JsonNode statusJson = client.post(objectsUrl, Map.of("Accept", PythonTaxiiClient.MEDIA_TYPE_TAXII_V21,
                "Content-Type", PythonTaxiiClient.MEDIA_TYPE_TAXII_V21), PythonTaxiiClient.dumps(TaxiiClient.JSON.readTree(
                TaxiiClient.envelope(objects))).getBytes(StandardCharsets.UTF_8));
        // status_url = urlparse.urljoin(self.url, "../../status/{}".format(status_json["id"])), then
        // Status(url=status_url, status_info=status_json): _TAXIIEndpoint appends the trailing slash.
        String statusUrl = PythonTaxiiClient.withSlash(PythonTaxiiClient.urljoin(collectionUrl,
                "../../status/" + statusJson.path("id").asString()));
        assertThat(statusUrl).isEqualTo(apiRootUrl + "status/" + statusJson.path("id").asString() + "/");
        PythonTaxiiClient.validateStatus(statusJson);
        // This server answers complete when the import ends within sipar.taxii.add-answer-within, else pending.
        assertThat(statusJson.path("status").asString()).isIn("pending", "complete");
        assertThat(statusJson.path("total_count").asInt()).isEqualTo(ADDED + 1);
        // "if not wait_for_completion or status.status == 'complete': return status", else
        // Status.wait_until_final(poll_interval=1, timeout=60): sleep, then refresh() (a GET of the status URL
        // with Accept: MEDIA_TYPE_TAXII_V21) until complete or the timeout passes.
        JsonNode status = statusJson;
        long start = System.nanoTime();
        Duration timeout = Duration.ofSeconds(60);
        while (!"complete".equals(status.path("status").asString()) && System.nanoTime() - start < timeout.toNanos()) {
            PythonTaxiiClient.sleep(Duration.ofMillis(50));   // poll_interval, shortened for the test
            status = client.get(statusUrl, Map.of("Accept", PythonTaxiiClient.MEDIA_TYPE_TAXII_V21), Map.of());
            PythonTaxiiClient.validateStatus(status);        // Status._populate_fields -> _validate_status
        }
        assertThat(status.path("status").asString()).as("complete within the client's timeout").isEqualTo("complete");
        assertThat(status.path("success_count").asInt()).isEqualTo(ADDED);
        assertThat(status.path("failure_count").asInt()).isEqualTo(1);
        assertThat(status.path("failures").get(0).path("id").asString()).isEqualTo(bad);
        assertThat(status.path("failures").get(0).path("message").isString()).isTrue();
        Set<String> succeeded = new HashSet<>();
        status.path("successes").forEach(s -> succeeded.add(s.path("id").asString()));
        assertThat(succeeded).isEqualTo(good);

        // as_pages(collection.get_objects, per_request=100): get_objects(limit=per_request) first, then
        // get_objects(limit=per_request, next=envelope.get("next", "")) while envelope.get("more", False); each is
        // conn.get(objects_url, headers={"Accept": MEDIA_TYPE_TAXII_V21}, params=_filter_kwargs_to_query_params(...)),
        // which turns limit into int(limit) and passes next through: ?limit=100 then ?limit=100&next=...
        List<String> seen = new ArrayList<>();
        int perRequest = PER_REQUEST;
        Map<String, String> params = new LinkedHashMap<>();
        params.put("limit", String.valueOf(perRequest));
        JsonNode envelope = client.get(objectsUrl, Map.of("Accept", PythonTaxiiClient.MEDIA_TYPE_TAXII_V21), params);
        int pages = 1;
        collect(envelope, seen);
        // _grab_total_items_from_resource: len(resp.get("objects", [])); a server that caps the page size
        // makes the client ask for that many from then on.
        int obtained = envelope.path("objects").size();
        if (envelope.path("more").asBoolean(false) && obtained != perRequest) {
            perRequest = obtained;
        }
        while (envelope.path("more").asBoolean(false)) {
            params = new LinkedHashMap<>();
            params.put("limit", String.valueOf(perRequest));
            params.put("next", envelope.path("next").asString(""));
            envelope = client.get(objectsUrl, Map.of("Accept", PythonTaxiiClient.MEDIA_TYPE_TAXII_V21), params);
            collect(envelope, seen);
            pages++;
            assertThat(pages).as("paging ends").isLessThanOrEqualTo(ADDED);
        }
        assertThat(pages).isEqualTo((ADDED + PER_REQUEST - 1) / PER_REQUEST);
        assertThat(seen).hasSize(ADDED).doesNotHaveDuplicates();
        assertThat(new HashSet<>(seen)).isEqualTo(good);
        // The whole conversation, in order: discovery, API root, collections, the add, its status polls, the pages.
        assertThat(client.requests.subList(0, 4)).containsExactly("GET " + serverUrl, "GET " + apiRootUrl,
                "GET " + collectionsUrl, "POST " + objectsUrl);
        assertThat(client.requests.subList(4, client.requests.size() - pages)).allMatch(r -> r.equals("GET " + statusUrl));
        assertThat(client.requests.subList(client.requests.size() - pages, client.requests.size()))
                .allMatch(r -> r.startsWith("GET " + objectsUrl + "?limit=" + PER_REQUEST));
    }

    /** The envelope's fields as the client reads them: more (bool), next (string when more), objects (list). */
    private static void collect(JsonNode envelope, List<String> seen) {
        assertThat(envelope.path("more").isMissingNode() || envelope.path("more").isBoolean()).isTrue();
        if (envelope.path("more").asBoolean(false)) {
            assertThat(envelope.path("next").isString()).as("next of a page with more").isTrue();
        }
        assertThat(envelope.path("objects").isMissingNode() || envelope.path("objects").isArray()).isTrue();
        envelope.path("objects").forEach(o -> seen.add(o.path("id").asString()));
    }

    /**
     * What {@code taxii2client.common._HTTPConnection} sends and checks. It wraps a {@code requests.Session} with
     * {@code HTTPBasicAuth(user, password)} (so every request carries Authorization: Basic, unasked) and the
     * session's own defaults (Accept-Encoding: gzip, deflate; Connection: keep-alive, which Java's client sets
     * itself).
     */
    static final class PythonTaxiiClient {

        /** taxii2client/__init__.py, 2.3.0: no space before version since #95. */
        static final String MEDIA_TYPE_TAXII_V21 = "application/taxii+json;version=2.1";
        /** taxii2client/__init__.py: DEFAULT_USER_AGENT, sent by get() through _merge_headers. */
        static final String DEFAULT_USER_AGENT = "taxii2-client/2.3.0";
        /** post() does not merge headers, so requests' own User-Agent goes out (its version varies). */
        static final String REQUESTS_USER_AGENT = "python-requests/2.31.0";

        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final String authorization;
        final List<String> requests = new ArrayList<>();

        PythonTaxiiClient(String user, String password) {
            // requests.auth._basic_auth_str: latin-1 user:password, base64.
            this.authorization = "Basic " + java.util.Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.ISO_8859_1));
        }

        /** _TAXIIEndpoint.__init__: "Add trailing slash to TAXII endpoint if missing" (issue #50). */
        static String withSlash(String url) {
            return url.endsWith("/") ? url : url + "/";
        }

        /** urllib.parse.urljoin, which resolves as RFC 3986 does. */
        static String urljoin(String base, String url) {
            return URI.create(base).resolve(url).toString();
        }

        /**
         * _HTTPConnection.get: headers merged over User-Agent: DEFAULT_USER_AGENT, Accept defaulted to
         * MEDIA_TYPE_TAXII_V21, raise_for_status(), then valid_content_type(Content-Type, Accept) for 2.1 (every
         * ';'-token of Accept among those of Content-Type, spaces removed, the first being application/taxii+json),
         * then the body as JSON.
         */
        JsonNode get(String url, Map<String, String> headers, Map<String, String> params) {
            Map<String, String> merged = new LinkedHashMap<>();
            merged.put("User-Agent", DEFAULT_USER_AGENT);
            merged.putAll(headers);
            merged.putIfAbsent("Accept", MEDIA_TYPE_TAXII_V21);
            HttpResponse<byte[]> response = send("GET", url + query(params), merged, null);
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            List<String> acceptTokens = Arrays.asList(merged.get("Accept").replace(" ", "").split(";"));
            List<String> contentTypeTokens = Arrays.asList(contentType.replace(" ", "").split(";"));
            if (!contentTypeTokens.containsAll(acceptTokens) || !"application/taxii+json".equals(contentTypeTokens.getFirst())) {
                fail("TAXIIServiceException: Unexpected Response. Got Content-Type: '%s' for Accept: '%s' from %s",
                        contentType, merged.get("Accept"), url);
            }
            return json(response, url);
        }

        /** _HTTPConnection.post: the given headers only (requests adds its defaults), raise_for_status, _to_json. */
        JsonNode post(String url, Map<String, String> headers, byte[] data) {
            Map<String, String> sent = new LinkedHashMap<>();
            sent.put("User-Agent", REQUESTS_USER_AGENT);
            sent.putAll(headers);
            return json(send("POST", url, sent, data), url);
        }

        private HttpResponse<byte[]> send(String method, String url, Map<String, String> headers, byte[] body) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                    .header("Accept-Encoding", "gzip, deflate")
                    .header("Authorization", authorization);
            headers.forEach(request::header);
            requests.add(method + " " + url);
            try {
                HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                // Response.raise_for_status(): 4xx and 5xx raise HTTPError.
                assertThat(response.statusCode()).as("%s %s: %s", method, url, text(response)).isLessThan(400);
                return response;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** _to_json(resp): resp.json(), or InvalidJSONError. */
        private static JsonNode json(HttpResponse<byte[]> response, String url) {
            try {
                return TaxiiClient.JSON.readTree(text(response));
            } catch (RuntimeException e) {
                throw new AssertionError("InvalidJSONError: Invalid JSON was received from " + url, e);
            }
        }

        /** The body as requests decodes it: gzip undone when the server used it. */
        private static String text(HttpResponse<byte[]> response) {
            byte[] body = response.body();
            if (response.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent()) {
                try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                    body = in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return new String(body, StandardCharsets.UTF_8);
        }

        /** requests' params encoding: urlencode, in the dict's order. */
        private static String query(Map<String, String> params) {
            if (params.isEmpty()) {
                return "";
            }
            return "?" + params.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
        }

        /**
         * Status._populate_fields and _validate_status: id, status, total_count, success_count, failure_count and
         * pending_count required; each list, when given, as long as its count; the counts adding up to total_count.
         */
        static void validateStatus(JsonNode status) {
            assertThat(status.path("id").isString() && !status.path("id").asString().isEmpty()).as("id in %s", status).isTrue();
            assertThat(status.path("status").asString()).isIn("pending", "complete");
            for (String count : List.of("total_count", "success_count", "failure_count", "pending_count")) {
                assertThat(status.path(count).isIntegralNumber()).as("%s in %s", count, status).isTrue();
            }
            for (String list : List.of("successes", "failures", "pendings")) {
                JsonNode entries = status.path(list);
                String count = list.equals("successes") ? "success_count" : list.equals("failures") ? "failure_count" : "pending_count";
                if (!entries.isMissingNode()) {
                    assertThat(entries.isArray()).isTrue();
                    assertThat(entries.size()).as("%s against %s", list, count).isEqualTo(status.path(count).asInt());
                    // TAXII 2.1 section 4.3.1: status details carry id and version, and a message on failures.
                    entries.forEach(e -> {
                        assertThat(e.path("id").isString()).isTrue();
                        assertThat(e.path("version").isString()).isTrue();
                    });
                }
            }
            assertThat(status.path("success_count").asInt() + status.path("pending_count").asInt()
                    + status.path("failure_count").asInt()).as("counts add up in %s", status)
                    .isEqualTo(status.path("total_count").asInt());
            assertThat(status.path("request_timestamp").isMissingNode() || status.path("request_timestamp").isString()).isTrue();
        }

        /** json.dumps(obj, ensure_ascii=False): separators ", " and ": ", non-ASCII left as it is. */
        static String dumps(JsonNode node) {
            if (node.isObject()) {
                List<String> members = new ArrayList<>();
                node.properties().forEach(e -> members.add(TaxiiClient.JSON.writeValueAsString(e.getKey()) + ": " + dumps(e.getValue())));
                return "{" + String.join(", ", members) + "}";
            }
            if (node.isArray()) {
                List<String> items = new ArrayList<>();
                node.forEach(item -> items.add(dumps(item)));
                return "[" + String.join(", ", items) + "]";
            }
            return TaxiiClient.JSON.writeValueAsString(node);
        }

        /** time.sleep(poll_interval) in wait_until_final. */
        static void sleep(Duration duration) {
            try {
                Thread.sleep(duration);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
