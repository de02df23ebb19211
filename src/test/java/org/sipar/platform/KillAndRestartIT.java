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
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar survives {@code kill -9}: the next start finds the orphaned PostgreSQL, stops it, starts
 * its own, and every acknowledged write is still there. A second instance runs beside it meanwhile.
 */
class KillAndRestartIT {

    static final String ADMIN = "Basic " + Base64.getEncoder()
            .encodeToString("admin@cert.demo:sipar-demo".getBytes(StandardCharsets.UTF_8));

    private final SiparProcesses processes = new SiparProcesses();

    @AfterEach
    void stopWhatIsLeft() throws Exception {
        processes.stopAll();
    }

    @Test
    void survivesSigkillAndKeepsAcknowledgedData() throws Exception {
        Path dataDir = Files.createDirectories(Path.of("target/it-data/kill-" + System.nanoTime()));
        SiparProcess first = processes.start(dataDir, "kill-first", "--sipar.demo=true", "--sipar.demo.intelligence=false");
        first.awaitHealthy(Duration.ofSeconds(120));
        HttpResponse<String> created = post(first, "/api/v1/organisations", "{\"name\":\"Acknowledged Before Kill\",\"kind\":\"ACADEMIA\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long orphan = SiparProcess.postgresPid(dataDir).orElseThrow();

        SiparProcess beside = processes.start(Files.createDirectories(dataDir.resolveSibling(dataDir.getFileName() + "-beside")),
                "kill-beside", "--sipar.demo=true", "--sipar.demo.intelligence=false");
        beside.awaitHealthy(Duration.ofSeconds(120));

        first.process.destroyForcibly();
        assertThat(first.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(SiparProcess.alive(orphan)).as("PostgreSQL outlives the killed JVM").isTrue();

        SiparProcess second = processes.start(dataDir, "kill-second", "--sipar.demo=true", "--sipar.demo.intelligence=false");
        second.awaitHealthy(Duration.ofSeconds(120));
        assertThat(get(second, "/api/v1/organisations").body()).contains("Acknowledged Before Kill");
        assertThat(SiparProcess.gone(orphan, Duration.ofSeconds(15))).as("the orphaned server was stopped").isTrue();
        assertThat(SiparProcess.postgresPid(dataDir)).hasValueSatisfying(pid -> assertThat(pid).isNotEqualTo(orphan));
        assertThat(Files.readString(second.log)).contains("still running", "from an earlier run");
        assertThat(get(beside, "/api/v1/organisations").body()).doesNotContain("Acknowledged Before Kill");

        stopGracefully(second, dataDir);
        stopGracefully(beside, dataDir.resolveSibling(dataDir.getFileName() + "-beside"));
    }

    private static void stopGracefully(SiparProcess sipar, Path dataDir) throws Exception {
        long postgres = SiparProcess.postgresPid(dataDir).orElseThrow();
        sipar.process.destroy();
        assertThat(sipar.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(SiparProcess.gone(postgres, Duration.ofSeconds(15))).as("SIGTERM also stops the embedded PostgreSQL").isTrue();
        assertThat(Files.readString(sipar.log)).contains("Embedded PostgreSQL stopped");
    }

    private static HttpResponse<String> get(SiparProcess sipar, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(sipar.url(path)))
                .header("Authorization", ADMIN).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(SiparProcess sipar, String path, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(sipar.url(path)))
                .header("Authorization", ADMIN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
