package org.sipar.stream.internal.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.Http.basic;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sipar.sharing.Tlp;
import org.sipar.stream.internal.FeedSignal;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.sipar.support.stix.Stix;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Deliveries as the running Sipar sends them: a change reaches an endpoint signed as Standard Webhooks says (checked
 * by a verification written from the specification), and an endpoint that answers slowly holds up no other.
 * The tests ring the feed's bell themselves after each import ({@link FeedSignal#wake}), as intel's listener does.
 */
@DemoPlatform
class WebhookDeliveryTests {

    static final String PASSWORD = "sipar-demo";
    static final String ADMIN = basic("admin@bank.demo", PASSWORD);
    static final JsonMapper JSON = JsonMapper.shared();
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FeedSignal signal;

    @Test
    void aChangeReachesTheEndpointSignedAsStandardWebhooksSays() throws Exception {
        try (Receiver receiver = new Receiver()) {
            JsonNode endpoint = register(receiver.url("/signed"), "{\"type\":[\"indicator\"]}");
            String secret = endpoint.path("secret").asString();
            String id = publish("signed", Tlp.GREEN);
            Receiver.Request got = receiver.await(r -> r.stream().anyMatch(q -> q.body().contains(id)), PATIENCE).stream()
                    .filter(q -> q.body().contains(id)).findFirst().orElseThrow();

            assertThat(got.contentType()).isEqualTo("application/json");
            assertThat(got.id()).matches("msg_[0-9a-f]{32}");
            assertThat(StandardWebhooks.verifies(secret, got, Instant.now())).as("signature verifies").isTrue();
            Receiver.Request tampered = new Receiver.Request(got.path(), got.id(), got.timestamp(), got.signature(),
                    got.contentType(), got.body().replace("GREEN", "CLEAR"));
            assertThat(StandardWebhooks.verifies(secret, tampered, Instant.now())).as("an altered body does not").isFalse();
            JsonNode body = JSON.readTree(got.body());
            assertThat(body.path("type").asString()).isEqualTo("stix.added");
            assertThat(Instant.parse(body.path("timestamp").asString())).isNotNull();
            JsonNode data = body.path("data");
            assertThat(data.path("kind").asString()).isEqualTo("added");
            assertThat(data.path("id").asString()).isEqualTo(id);
            assertThat(data.path("type").asString()).isEqualTo("indicator");
            assertThat(data.path("tlp").asString()).isEqualTo("GREEN");
            assertThat(data.path("position").asLong()).isPositive();
            assertThat(data.path("object").path("name").asString()).isEqualTo("Indicator signed");
            String webhook = endpoint.path("id").asString();
            assertThat(awaitStatus(webhook, data.path("position").asLong(), "delivered")).isEqualTo("delivered");
            delete(webhook);
        }
    }

    @Test
    void anEndpointThatAnswersSlowlyHoldsUpNoOther() throws Exception {
        try (Receiver slow = new Receiver(); Receiver quick = new Receiver()) {
            slow.hold();
            String slowId = register(slow.url("/slow"), "{\"label\":[\"slow-test\"]}").path("id").asString();
            String quickId = register(quick.url("/quick"), "{\"label\":[\"slow-test\"]}").path("id").asString();
            List<String> ids = List.of(publishLabelled("slowtest1"), publishLabelled("slowtest2"), publishLabelled("slowtest3"));

            List<Receiver.Request> quickGot = quick.await(r -> ids.stream().allMatch(i -> r.stream()
                    .anyMatch(q -> q.body().contains(i))), PATIENCE);
            assertThat(ids).allMatch(i -> quickGot.stream().anyMatch(q -> q.body().contains(i)));
            assertThat(slow.requests()).as("the slow endpoint has one delivery under way, no more").hasSize(1);

            slow.release();
            List<Receiver.Request> slowGot = slow.await(r -> ids.stream().allMatch(i -> r.stream()
                    .anyMatch(q -> q.body().contains(i))), PATIENCE);
            assertThat(ids).allMatch(i -> slowGot.stream().anyMatch(q -> q.body().contains(i)));
            delete(slowId);
            delete(quickId);
        }
    }

    private JsonNode register(String url, String filters) {
        HttpResponse<String> created = new Http(port).json("POST", "/api/v1/webhooks", ADMIN,
                "{\"name\":\"Test " + UUID.randomUUID().toString().substring(0, 8) + "\",\"url\":\"" + url
                        + "\",\"filters\":" + filters + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body());
    }

    private String publish(String word, Tlp tlp) {
        String id = Stix.newIndicatorId();
        HttpResponse<String> answer = new Http(port).json("POST", "/api/v1/intel/bundles?tlp=" + tlp.name(),
                basic("analyst@bank.demo", PASSWORD), Stix.bundle(Stix.indicator(id, word, null, "2026-03-01T00:00:00.000Z")));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        signal.wake();
        return id;
    }

    private String publishLabelled(String word) {
        String id = Stix.newIndicatorId();
        String object = Stix.indicator(id, word, Tlp.GREEN.markingId(), "2026-03-01T00:00:00.000Z")
                .replaceFirst("\\}$", ", \"labels\": [\"slow-test\"]}");
        HttpResponse<String> answer = new Http(port).json("POST", "/api/v1/intel/bundles",
                basic("analyst@bank.demo", PASSWORD), Stix.bundle(object));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        signal.wake();
        return id;
    }

    private String awaitStatus(String webhook, long position, String wanted) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        String status = null;
        while (Instant.now().isBefore(deadline) && !wanted.equals(status)) {
            status = jdbc.sql("select status from stream_webhook_deliveries where webhook_id = ?::uuid and position = ?")
                    .params(webhook, position).query(String.class).optional().orElse(null);
            Thread.sleep(100);
        }
        return status;
    }

    private void delete(String webhook) {
        assertThat(new Http(port).json("DELETE", "/api/v1/webhooks/" + webhook, ADMIN, null).statusCode()).isEqualTo(204);
    }
}
