package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.stix.Stix.bundle;
import static org.sipar.support.stix.Stix.indicator;
import static org.sipar.support.stix.Stix.newIndicatorId;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API's imports go through the import queue: {@code Prefer: respond-async} answers 202 once the
 * bundle is queued, with the import's location; without it the answer is the finished report; a full queue
 * is 503 with Retry-After, and nothing of the bundle is kept.
 */
@DemoPlatform
class ImportQueueApiTests {

    static final String ANALYST = Http.basic("analyst@cert.demo", "sipar-demo");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final HttpClient client = HttpClient.newHttpClient();

    HttpResponse<String> post(String indicator, String prefer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/intel/bundles"))
                .header("Authorization", ANALYST).header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(bundle(indicator(indicator, "queued", null, "2026-02-01T00:00:00.000Z"))));
        if (prefer != null) {
            request.header("Prefer", prefer);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    long stored(String id) {
        return jdbc.sql("select count(*) from intel_objects where id = ?").param(id).query(Long.class).single();
    }

    @Test
    void respondAsyncAnswers202WithTheLocationOfTheQueuedImport() throws Exception {
        String indicator = newIndicatorId();
        HttpResponse<String> accepted = post(indicator, "return=minimal, respond-async; wait=0");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.headers().firstValue("Preference-Applied")).hasValue("respond-async");
        JsonNode queued = JSON.readTree(accepted.body());
        assertThat(queued.path("status").asString()).isEqualTo("queued");
        String location = accepted.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/api/v1/intel/imports/" + queued.path("id").asString());

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode report;
        do {
            assertThat(System.nanoTime()).as("import finished in time").isLessThan(deadline);
            HttpResponse<String> answer = new Http(port).json("GET", location, ANALYST, null);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            report = JSON.readTree(answer.body());
            assertThat(report.path("status").asString()).isIn("queued", "running", "complete");
            Thread.sleep(10);
        } while (!"complete".equals(report.path("status").asString()));
        assertThat(report.path("perType").path("indicator").path("accepted").asLong()).isEqualTo(1);
        assertThat(stored(indicator)).isEqualTo(1);
    }

    @Test
    void withoutPreferTheAnswerIsTheFinishedReport() throws Exception {
        String indicator = newIndicatorId();
        HttpResponse<String> created = post(indicator, null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(JSON.readTree(created.body()).path("status").asString()).isEqualTo("complete");
        assertThat(stored(indicator)).isEqualTo(1);
    }

    @Test
    void aFullQueueIs503WithRetryAfterAndNothingIsKept() throws Exception {
        String waiting = newIndicatorId();
        String async = newIndicatorId();
        HttpResponse<String> refused;
        HttpResponse<String> refusedAsync;
        try (FullImportQueue full = new FullImportQueue(jdbc)) {
            refused = post(waiting, null);
            refusedAsync = post(async, "respond-async");
            assertThat(jdbc.sql("select count(*) from intel_imports where source = 'API' and status = 'queued'")
                    .query(Long.class).single()).as("nothing queued").isZero();
        }
        for (HttpResponse<String> answer : java.util.List.of(refused, refusedAsync)) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
            assertThat(answer.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
            assertThat(JSON.readTree(answer.body()).path("detail").asString()).contains("import queue is full");
        }
        assertThat(stored(waiting)).isZero();
        assertThat(stored(async)).isZero();
    }
}
