package org.sipar.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.Http.basic;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.sipar.support.stix.Stix;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    @Autowired
    JdbcClient jdbc;

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

    @Test
    void aResumedStreamMissesNothingAndRepeatsNothing() {
        List<String> ids;
        List<SseStream.Event> first;
        try (SseStream stream = SseStream.open(port, "/api/v1/stream", Map.of("Authorization", basic("member@cert.demo", PASSWORD)))) {
            ids = List.of(publish("CLEAR", "resume a"), publish("CLEAR", "resume b"), publish("CLEAR", "resume c"));
            first = mine(stream.untilObject(ids.get(2)), ids);
        }
        assertThat(first).extracting(e -> e.json().path("id").asString()).containsExactlyElementsOf(ids);
        String afterA = first.get(0).id();
        String afterB = first.get(1).id();
        try (SseStream header = SseStream.open(port, "/api/v1/stream", Map.of("Authorization", basic("member@cert.demo", PASSWORD),
                "Last-Event-ID", afterA)); SseStream query = SseStream.open(port, "/api/v1/stream?after=" + afterB, Map.of());
             SseStream both = SseStream.open(port, "/api/v1/stream?after=0", Map.of("Last-Event-ID", afterB))) {
            assertThat(mine(header.untilObject(ids.get(2)), ids)).extracting(SseStream.Event::id)
                    .containsExactly(first.get(1).id(), first.get(2).id());
            assertThat(mine(query.untilObject(ids.get(2)), ids)).extracting(SseStream.Event::id).containsExactly(first.get(2).id());
            assertThat(mine(both.untilObject(ids.get(2)), ids)).as("the header wins over after")
                    .extracting(SseStream.Event::id).containsExactly(first.get(2).id());
        }
    }

    @Test
    void tokensAndTheWebSessionFollowAsTheirPersonAndNobodySignedInSeesTlpClearOnly() {
        String token = token("analyst@telco.demo", "read");
        String taxiiToken = token("analyst@telco.demo", "taxii");
        java.net.http.HttpClient session = SseStream.session(port, "analyst@telco.demo", PASSWORD);
        try (SseStream bearer = SseStream.open(port, "/api/v1/stream", Map.of("Authorization", Http.bearer(token)));
             SseStream basicToken = SseStream.open(port, "/api/v1/stream", Map.of("Authorization", basic("analyst@telco.demo", token)));
             SseStream web = SseStream.open(session, port, "/api/v1/stream", Map.of());
             SseStream anonymous = SseStream.open(port, "/api/v1/stream", Map.of())) {
            String green = publish("GREEN", "member only");
            String clear = publish("CLEAR", "for everyone");
            for (SseStream member : List.of(bearer, basicToken, web)) {
                assertThat(member.status()).isEqualTo(200);
                assertThat(member.untilObject(clear)).extracting(e -> e.json().path("id").asString()).contains(green, clear);
            }
            assertThat(anonymous.untilObject(clear)).extracting(e -> e.json().path("id").asString())
                    .contains(clear).doesNotContain(green);
        }
        try (SseStream refused = SseStream.open(port, "/api/v1/stream", Map.of("Authorization", Http.bearer(taxiiToken)))) {
            assertThat(refused.status()).as("a TAXII token does not reach the REST API").isEqualTo(403);
        }
        try (SseStream wrong = SseStream.open(port, "/api/v1/stream", Map.of("Authorization", basic("analyst@telco.demo", "wrong")))) {
            assertThat(wrong.status()).isEqualTo(401);
        }
    }

    @Test
    void filtersNarrowTheStream() {
        try (SseStream stream = SseStream.open(port, "/api/v1/stream?tlp=clear&type=indicator&label=live-wanted",
                Map.of("Authorization", basic("analyst@cert.demo", PASSWORD)))) {
            String green = publish("GREEN", "filtered green", "live-wanted");
            String unlabelled = publish("CLEAR", "filtered unlabelled", "other");
            String wanted = publish("CLEAR", "filtered wanted", "live-wanted");
            assertThat(stream.untilObject(wanted)).extracting(e -> e.json().path("id").asString())
                    .contains(wanted).doesNotContain(green, unlabelled);
        }
    }

    @Test
    void aCollectionStreamCarriesOnlyThatCollection() {
        String bank = jdbc.sql("select id::text from organisations where name = 'First National Bank'").query(String.class).single();
        String submissions = UUID.nameUUIDFromBytes(("sipar-taxii-submissions:" + bank).getBytes(StandardCharsets.UTF_8)).toString();
        try (SseStream stream = SseStream.open(port, "/api/v1/stream?collection=" + submissions,
                Map.of("Authorization", basic("member@bank.demo", PASSWORD)))) {
            assertThat(stream.status()).isEqualTo(200);
            String telcos = publishAs("analyst@telco.demo", "CLEAR", "not the bank's");
            String banks = publish("CLEAR", "the bank's");
            assertThat(stream.untilObject(banks)).extracting(e -> e.json().path("id").asString())
                    .contains(banks).doesNotContain(telcos);
        }
        HttpResponse<String> hidden = new Http(port).json("GET", "/api/v1/stream?collection=" + submissions,
                basic("member@cert.demo", PASSWORD), null);
        assertThat(hidden.statusCode()).as("another organisation's submissions are not for a CERT member").isEqualTo(400);
        assertThat(hidden.body()).contains("\"field\":\"collection\"", submissions);
    }

    @Test
    void unknownParametersAndBadValuesAreRefusedBeforeTheStreamStarts() {
        refused("/api/v1/stream?colour=red", Map.of(), "colour", "red");
        refused("/api/v1/stream?tlp=purple&min_confidence=101", Map.of(), "tlp", "purple");
        refused("/api/v1/stream?min_confidence=high", Map.of(), "min_confidence", "high");
        refused("/api/v1/stream?type=Not_A_Type", Map.of(), "type", "Not_A_Type");
        refused("/api/v1/stream?collection=12", Map.of(), "collection", "12");
        refused("/api/v1/stream?collection=" + UUID.randomUUID(), Map.of(), "collection", "may read");
        refused("/api/v1/stream?after=-4", Map.of(), "after", "-4");
        refused("/api/v1/stream", Map.of("Last-Event-ID", "yesterday"), "Last-Event-ID", "yesterday");
    }

    private void refused(String path, Map<String, String> headers, String field, String value) {
        try (SseStream stream = SseStream.open(port, path, headers)) {
            assertThat(stream.status()).as(path).isEqualTo(400);
            assertThat(stream.contentType()).as(path).startsWith("application/problem+json");
            assertThat(stream.body()).as(path).contains("\"field\":\"" + field + "\"", value);
        }
    }

    private static List<SseStream.Event> mine(List<SseStream.Event> events, List<String> ids) {
        return events.stream().filter(e -> ids.contains(e.json().path("id").asString())).toList();
    }

    private String token(String email, String scope) {
        HttpResponse<String> created = new Http(port).json("POST", "/api/v1/tokens", basic(email, PASSWORD),
                "{\"name\":\"live stream " + scope + "\",\"scope\":\"" + scope + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return created.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    private String publish(String tlp, String word) {
        return publishAs("analyst@bank.demo", tlp, word);
    }

    private String publish(String tlp, String word, String label) {
        String id = Stix.newIndicatorId();
        String object = Stix.indicator(id, word, null, "2026-03-01T00:00:00.000Z").replaceFirst("\\}$", ", \"labels\": [\"" + label + "\"]}");
        HttpResponse<String> answer = new Http(port).json("POST", "/api/v1/intel/bundles?tlp=" + tlp,
                basic("analyst@bank.demo", PASSWORD), Stix.bundle(object));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return id;
    }

    private String publishAs(String email, String tlp, String word) {
        String id = Stix.newIndicatorId();
        HttpResponse<String> answer = new Http(port).json("POST", "/api/v1/intel/bundles?tlp=" + tlp,
                basic(email, PASSWORD), Stix.bundle(Stix.indicator(id, word, null, "2026-03-01T00:00:00.000Z")));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return id;
    }
}
