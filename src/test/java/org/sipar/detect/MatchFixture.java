package org.sipar.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.sipar.intel.TlpViewers;
import org.sipar.support.Http;
import org.sipar.support.stix.Stix;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Publishing indicators and asking the match API, for the detection tests. */
abstract class MatchFixture {

    static final String PASSWORD = TlpViewers.PASSWORD;

    @LocalServerPort
    int port;

    /** An address no other test publishes: in the shared address space (RFC 6598), random. */
    static String freshAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "100." + (64 + r.nextInt(64)) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    static String indicator(String id, String pattern, String extra) {
        return """
                {"type":"indicator","spec_version":"2.1","id":"%s","created":"2026-01-01T00:00:00.000Z",
                 "modified":"%s","name":"Detection test","pattern":"%s","pattern_type":"stix",
                 "valid_from":"2026-01-01T00:00:00Z"%s}""".formatted(id, java.time.Instant.now().toString(), pattern, extra);
    }

    /** Publishes {@code objects} as the bank's analyst with the query's distribution; answers the import's body. */
    String publish(String query, String... objects) {
        HttpResponse<String> published = new Http(port).json("POST", "/api/v1/intel/bundles?" + query,
                Http.basic("analyst@bank.demo", PASSWORD), Stix.bundle(objects));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        assertThat(published.body()).as("every object accepted").contains("\"accepted\":" + objects.length + ",");
        return published.body();
    }

    HttpResponse<String> match(String login, String observablesJson) {
        String auth = login.isEmpty() ? null : Http.basic(login, PASSWORD);
        return new Http(port).json("POST", "/api/v1/match", auth, "{\"observables\":[" + observablesJson + "]}");
    }

    static String ip(String address) {
        return "{\"type\":\"ipv4-addr\",\"value\":\"" + address + "\"}";
    }

    /** Asks until {@code id} is among the answers (the index follows the change log within a second), up to 10 s. */
    String awaitMatch(String login, String observables, String id) throws InterruptedException {
        String body = "";
        for (int i = 0; i < 100 && !body.contains(id); i++) {
            body = match(login, observables).body();
            if (!body.contains(id)) {
                Thread.sleep(100);
            }
        }
        assertThat(body).as("the answer within 10 s of the publication").contains(id);
        return body;
    }

    static String uniqueWord() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
