package org.sipar.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.Http.basic;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.sipar.support.stix.Stix;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/stream}: who may follow it and how (HTTP Basic, a token, the web session, nobody signed in),
 * what an event holds, resuming without gaps or repeats, and the refusals before a stream starts.
 */
@DemoPlatform
class LiveStreamTests {

    static final String PASSWORD = "sipar-demo";

    @LocalServerPort
    int port;

    @Test
    void aSubscriberIsToldOfAnObjectAddedAfterItConnected() {
        try (SseStream stream = SseStream.open(port, "/api/v1/stream", Map.of("Authorization", basic("analyst@cert.demo", PASSWORD)))) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.contentType()).startsWith("text/event-stream");
            String id = publish("GREEN", "live one");
            SseStream.Event event = stream.untilObject(id).getLast();
            assertThat(event.event()).isEqualTo("added");
            JsonNode data = event.json();
            assertThat(data.path("kind").asString()).isEqualTo("added");
            assertThat(data.path("id").asString()).isEqualTo(id);
            assertThat(data.path("type").asString()).isEqualTo("indicator");
            assertThat(data.path("modified").asString()).isEqualTo("2026-03-01T00:00:00.000Z");
            assertThat(data.path("tlp").asString()).isEqualTo("GREEN");
            assertThat(data.path("object").path("name").asString()).isEqualTo("Indicator live one");
            assertThat(Long.parseLong(event.id())).isEqualTo(data.path("position").asLong());
        }
    }

    private String publish(String tlp, String word) {
        String id = Stix.newIndicatorId();
        HttpResponse<String> answer = new Http(port).json("POST", "/api/v1/intel/bundles?tlp=" + tlp,
                basic("analyst@bank.demo", PASSWORD), Stix.bundle(Stix.indicator(id, word, null, "2026-03-01T00:00:00.000Z")));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return id;
    }
}
