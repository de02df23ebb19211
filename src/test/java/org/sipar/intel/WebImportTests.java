package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.stix.Stix.bundle;
import static org.sipar.support.stix.Stix.indicator;
import static org.sipar.support.stix.Stix.newIndicatorId;

import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sipar.platform.SiparSettings;
import org.sipar.support.DemoPlatform;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The web upload: its recipients are checked like the API's, and the upload waits under the data directory,
 * in a directory only Sipar's user can read, that it leaves empty once the import is done.
 */
@DemoPlatform
class WebImportTests {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern ACTION_CSRF = Pattern.compile("action=\"/intel/import\\?_csrf=([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MultipartConfigElement multipart;

    @Autowired
    SiparSettings settings;

    final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void multipartUploadsLiveUnderTheDataDirectoryForTheirOwnerOnly() throws IOException {
        Path uploads = settings.dataDir().toAbsolutePath().normalize().resolve("uploads");
        assertThat(Path.of(multipart.getLocation())).isEqualTo(uploads);
        assertThat(uploads).isDirectory();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(uploads))).isEqualTo("rwx------");
    }

    @Test
    void uploadWithUnknownRecipientsIsRefusedNamingThemAndNothingIsImported() throws Exception {
        String indicator = newIndicatorId();
        UUID org = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        HttpResponse<String> page = upload(indicator, Map.of("organisations", org.toString(), "people", person.toString()));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("The import was not started", "organisations '" + org, "people '" + person,
                "names no person on this platform");
        Thread.sleep(500); // an import started despite the refusal would have written by now
        assertThat(jdbc.sql("select count(*) from intel_objects where id = ?").param(indicator).query(Long.class).single()).isZero();
    }

    @Test
    void uploadWithKnownRecipientsIsImportedAndItsCopyRemoved() throws Exception {
        String indicator = newIndicatorId();
        UUID group = jdbc.sql("select id from sharing_groups where name = 'Finance and telecom sector'").query(UUID.class).single();
        HttpResponse<String> answer = upload(indicator, Map.of("groups", group.toString()));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        UUID importId = UUID.fromString(answer.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
        awaitNoCopyAfter(importId);
        assertThat(jdbc.sql("select recipient_groups::text from intel_objects where id = ?").param(indicator)
                .query(String.class).single()).isEqualTo("{" + group + "}");
        // the web upload is in the audit trail like every import: file name, size, recipients, outcome
        String details = jdbc.sql("select details::text from audit_log where action = 'intel.import' and target = ?"
                + " and actor = 'analyst@cert.demo' and outcome = 'success'").param("import " + importId).query(String.class).single();
        assertThat(details).contains("\"file\": \"web.json\"", "\"recipients\": \"Finance and telecom sector\"",
                "\"stored\": 1").containsPattern("\"size\": \"\\d+\"");
    }

    @Test
    void uploadWhileTheImportQueueIsFullIsRefusedWithAFriendlyPageAndNothingIsImported() throws Exception {
        String indicator = newIndicatorId();
        HttpResponse<String> page;
        try (FullImportQueue full = new FullImportQueue(jdbc)) {
            page = upload(indicator, Map.of());
        }
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(page.body()).contains("too many imports are waiting already");
        assertThat(jdbc.sql("select count(*) from intel_objects where id = ?").param(indicator).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from intel_imports where source = 'web.json' and status = 'queued'")
                .query(Long.class).single()).isZero();
    }

    private void awaitNoCopyAfter(UUID importId) throws Exception {
        Path uploads = Path.of(multipart.getLocation());
        Path spooled = settings.dataDir().toAbsolutePath().normalize().resolve("intel-spool").resolve(importId + ".json");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!"complete".equals(status(importId)) || copies(uploads) > 0 || Files.exists(spooled)) {
            assertThat(System.nanoTime()).as("import %s done and its copy deleted", importId).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private String status(UUID importId) {
        return jdbc.sql("select status from intel_imports where id = ?").param(importId).query(String.class).optional().orElse(null);
    }

    /** The multipart files left in the upload directory: none once the request is answered. */
    private static long copies(Path uploads) throws IOException {
        try (Stream<Path> files = Files.list(uploads)) {
            return files.count();
        }
    }

    /** Signs in as the CERT's analyst and posts the upload form with a bundle of one indicator and these fields. */
    private HttpResponse<String> upload(String indicator, Map<String, String> fields) throws Exception {
        String login = send(HttpRequest.newBuilder(uri("/login")).GET()).body();
        send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", "analyst@cert.demo",
                        "password", "sipar-demo", "_csrf", token(CSRF, login))))));
        String csrf = token(ACTION_CSRF, send(HttpRequest.newBuilder(uri("/intel/import")).GET()).body());
        String boundary = "sipar-" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"web.json\"\r\n")
                .append("Content-Type: application/json\r\n\r\n")
                .append(bundle(indicator(indicator, "web", null, "2026-02-01T00:00:00.000Z"))).append("\r\n--")
                .append(boundary).append("--\r\n");
        return send(HttpRequest.newBuilder(uri("/intel/import?_csrf=" + csrf))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private static String token(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return m.group(1).replace("&#45;", "-");
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return browser.send(request.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }
}
