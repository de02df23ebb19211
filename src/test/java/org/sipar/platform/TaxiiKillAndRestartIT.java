package org.sipar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Objects added through TAXII and acknowledged (202) survive {@code kill -9} of the packaged jar before their
 * import is done: the next start imports them from the import queue's spooled copy, the status completes, the
 * spool empties.
 */
class TaxiiKillAndRestartIT {

    static final String ANALYST = "Basic " + Base64.getEncoder()
            .encodeToString("analyst@cert.demo:sipar-demo".getBytes(StandardCharsets.UTF_8));
    static final String MEDIA = "application/taxii+json;version=2.1";
    static final String ALL = "/taxii2/api/collections/5b1f4a70-6c2e-4d0b-9a8e-3c1d2e7f9a01/objects/";
    static final int COUNT = 20_000;
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final SiparProcesses processes = new SiparProcesses();

    @AfterEach
    void stopWhatIsLeft() throws Exception {
        processes.stopAll();
    }

    @Test
    void anAcknowledgedAddIsImportedAfterSigkill() throws Exception {
        Path dataDir = Files.createDirectories(Path.of("target/it-data/taxii-kill-" + System.nanoTime()));
        SiparProcess first = processes.start(dataDir, "taxii-kill-first", "--sipar.demo=true", "--sipar.demo.intelligence=false");
        first.awaitHealthy(Duration.ofSeconds(120));

        HttpResponse<String> posted = send(first, "POST", ALL, envelope());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(202);
        JsonNode accepted = JSON.readTree(posted.body());
        assertThat(accepted.path("status").asString()).isEqualTo("pending");
        String status = "/taxii2/api/status/" + accepted.path("id").asString() + "/";
        first.process.destroyForcibly();
        assertThat(first.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        try (Stream<Path> spooled = Files.list(dataDir.resolve("intel-spool"))) {
            assertThat(spooled.filter(f -> f.toString().endsWith(".json")))
                    .as("the acknowledged request is on disk, queued for import").hasSize(1);
        }

        SiparProcess second = processes.start(dataDir, "taxii-kill-second", "--sipar.demo=true", "--sipar.demo.intelligence=false");
        second.awaitHealthy(Duration.ofSeconds(120));
        JsonNode done = awaitComplete(second, status, Duration.ofSeconds(180));
        assertThat(done.path("success_count").asInt()).as("every object stored once, whatever the first run did")
                .isEqualTo(COUNT);
        assertThat(done.path("failure_count").asInt()).isZero();
        try (Stream<Path> left = Files.list(dataDir.resolve("intel-spool"))) {
            assertThat(left.filter(f -> f.toString().endsWith(".json"))).as("spool files are deleted once imported").isEmpty();
        }
        second.process.destroy();
        assertThat(second.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    private static String envelope() {
        List<String> objects = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            objects.add("""
                    {"type":"indicator","spec_version":"2.1","id":"indicator--%s","created":"2026-01-01T00:00:00.000Z",
                     "modified":"2026-01-01T00:00:00.000Z","name":"Crash %d","pattern":"[ipv4-addr:value = '198.51.100.7']",
                     "pattern_type":"stix","valid_from":"2026-01-01T00:00:00.000Z",
                     "object_marking_refs":["marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487"]}"""
                    .formatted(UUID.randomUUID(), i));
        }
        return "{\"objects\":[" + String.join(",", objects) + "]}";
    }

    private static JsonNode awaitComplete(SiparProcess sipar, String status, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            HttpResponse<String> answer = send(sipar, "GET", status, null);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            JsonNode node = JSON.readTree(answer.body());
            if ("complete".equals(node.path("status").asString())) {
                return node;
            }
            assertThat(System.nanoTime()).as("status completed in time: " + node.path("pending_count")).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static HttpResponse<String> send(SiparProcess sipar, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sipar.url(path))).header("Authorization", ANALYST)
                .header("Accept", MEDIA)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            // Answered as soon as the request is accepted, so that the kill below comes while it is still to import.
            request.header("Content-Type", MEDIA).header("Prefer", "respond-async");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
