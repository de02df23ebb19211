package org.sipar.stream.internal.webhook;

import org.sipar.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sipar.intel.Change;
import org.sipar.platform.Audit;
import org.sipar.platform.Secrets;
import org.sipar.platform.SiparSettings;
import org.sipar.stream.internal.FeedFilter;
import org.sipar.stream.internal.FeedSignal;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Retries, dead letters and restarts, under a clock the test moves. Each test runs a dispatcher of its own (as a
 * fresh node or a restarted one would) on the running Sipar's database, with a clock a year ahead: the running
 * Sipar's own dispatcher never finds these deliveries due, and the endpoints' cursors stand past the end of the
 * change log, so only the deliveries the test queues are sent.
 */
@DemoPlatform
class WebhookRetryTests {

    static final List<Duration> SCHEDULE = List.of(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(2),
            Duration.ofMinutes(10), Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(6));

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DeliveryQueue queue;

    @Autowired
    Endpoints endpoints;

    @Autowired
    Secrets secrets;

    @Autowired
    Advancer advancer;

    @Autowired
    Audit audit;

    @Autowired
    SiparSettings sipar;

    final MutableClock clock = new MutableClock(Instant.now().plus(Duration.ofDays(365)).truncatedTo(ChronoUnit.SECONDS));

    /**
     * A dispatcher a year ahead finds every pending delivery due, whoever queued it: start from no endpoint at all
     * (the other test classes delete theirs too; only webhook tests make any).
     */
    @org.junit.jupiter.api.BeforeEach
    void noOtherEndpoints() {
        jdbc.sql("delete from stream_webhooks").update();
    }

    @Test
    void aFailingMessageIsRetriedOnScheduleWithOneIdThenParkedDeadAndReplayed() throws Exception {
        try (Receiver receiver = new Receiver()) {
            receiver.answer(500);
            String secret = SigningKeys.newSecret();
            UUID webhook = endpoint(receiver.url("/retry"), secret);
            queueOne(webhook, 1);
            WebhookDispatcher dispatcher = dispatcher(50);
            for (int attempt = 1; attempt <= SCHEDULE.size() + 1; attempt++) {
                assertThat(dispatcher.deliverDue()).as("attempt %d is due", attempt).isEqualTo(1);
                assertThat(dispatcher.deliverDue()).as("nothing is due before the pause after attempt %d", attempt).isZero();
                Delivery d = queue.of(webhook, null, 1).getFirst();
                assertThat(d.attempts()).isEqualTo(attempt);
                assertThat(d.lastStatus()).isEqualTo(500);
                assertThat(d.lastError()).startsWith("HTTP 500").contains("told to fail");
                if (attempt <= SCHEDULE.size()) {
                    Duration pause = SCHEDULE.get(attempt - 1);
                    assertThat(d.status()).isEqualTo("pending");
                    assertThat(Duration.between(clock.instant(), d.nextAttemptAt()))
                            .isBetween(pause, pause.plus(pause.dividedBy(10)));
                    clock.advance(pause.minusSeconds(1));
                    assertThat(dispatcher.deliverDue()).as("a second early").isZero();
                    clock.advance(pause.dividedBy(10).plusSeconds(1));
                } else {
                    assertThat(d.status()).isEqualTo("dead");
                }
            }
            List<Receiver.Request> got = receiver.requests();
            assertThat(got).hasSize(8).extracting(Receiver.Request::id).containsOnly(got.getFirst().id());
            assertThat(got).extracting(Receiver.Request::timestamp).doesNotHaveDuplicates();
            for (Receiver.Request r : got) {
                assertThat(StandardWebhooks.verifies(secret, r, Instant.ofEpochSecond(Long.parseLong(r.timestamp())))).isTrue();
            }
            assertThat(queue.of(webhook, "dead", 10)).hasSize(1);

            receiver.answer(200);
            assertThat(queue.replay(webhook, null, clock.instant())).isEqualTo(1);
            assertThat(dispatcher.deliverDue()).isEqualTo(1);
            Delivery replayed = queue.of(webhook, null, 1).getFirst();
            assertThat(replayed.status()).isEqualTo("delivered");
            assertThat(receiver.requests().getLast().id()).as("a replay keeps the webhook-id").isEqualTo(got.getFirst().id());
            endpoints.delete(webhook);
        }
    }

    @Test
    void aQueuedDeliveryIsSentByAFreshDispatcherAndALapsedClaimIsTakenUpAgain() throws Exception {
        try (Receiver receiver = new Receiver()) {
            UUID webhook = endpoint(receiver.url("/restart"), SigningKeys.newSecret());
            queueOne(webhook, 1);
            queueOne(webhook, 2);
            // A node claims the first and dies before sending it (kill -9): nothing settles the claim.
            Instant now = clock.instant();
            assertThat(queue.claim(now, now.plus(Duration.ofSeconds(45)))).isPresent();

            WebhookDispatcher restarted = dispatcher(50);
            assertThat(restarted.deliverDue()).as("while the claim holds, the endpoint has a delivery under way").isZero();
            clock.advance(Duration.ofSeconds(46));
            assertThat(restarted.deliverDue()).as("the lapsed claim and the other one").isEqualTo(2);
            assertThat(queue.of(webhook, "delivered", 10)).hasSize(2).extracting(Delivery::attempts).containsOnly(1, 2);
            assertThat(receiver.requests()).extracting(Receiver.Request::id).doesNotHaveDuplicates().hasSize(2);
            endpoints.delete(webhook);
        }
    }

    @Test
    void anEndpointThatFailsTooOftenIsPausedAndItsAdministratorToldOnItsPage() throws Exception {
        try (Receiver receiver = new Receiver()) {
            receiver.answer(503);
            UUID webhook = endpoint(receiver.url("/pause"), SigningKeys.newSecret());
            queueOne(webhook, 1);
            queueOne(webhook, 2);
            queueOne(webhook, 3);
            WebhookDispatcher dispatcher = dispatcher(3);
            for (int turn = 0; turn < 3; turn++) {
                dispatcher.deliverDue();
            }
            Endpoint paused = endpoints.find(webhook).orElseThrow();
            assertThat(paused.pausedForFailures()).isTrue();
            assertThat(paused.consecutiveFailures()).isEqualTo(3);
            assertThat(dispatcher.deliverDue()).as("a paused endpoint is sent nothing").isZero();
            assertThat(jdbc.sql("select count(*) from audit_log where action = 'stream.webhook.auto-paused' and target = ?")
                    .param(webhook.toString()).query(Integer.class).single()).isEqualTo(1);

            Http admin = new Http(port);
            admin.signIn("admin@bank.demo", "sipar-demo");
            assertThat(admin.get("/admin/webhooks/" + webhook).body()).contains("id=\"paused-for-failures\"", "3 failed attempts in a row");
            endpoints.delete(webhook);
        }
    }

    @Test
    void twoNodesSendingAtOnceNeverSendOneMessageTwice() throws Exception {
        try (Receiver receiver = new Receiver()) {
            List<UUID> webhooks = new java.util.ArrayList<>();
            for (int e = 0; e < 6; e++) {
                UUID webhook = endpoint(receiver.url("/node/" + e), SigningKeys.newSecret());
                webhooks.add(webhook);
                for (int p = 1; p <= 5; p++) {
                    queueOne(webhook, p);
                }
            }
            List<WebhookDispatcher> nodes = List.of(dispatcher(50), dispatcher(50));
            var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            var running = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int t = 0; t < 4; t++) {
                WebhookDispatcher node = nodes.get(t % 2);
                running.add(pool.submit(() -> {
                    while (pending(webhooks) > 0) {
                        node.deliverDue();
                    }
                }));
            }
            for (var f : running) {
                f.get();
            }
            pool.shutdown();
            List<Receiver.Request> got = receiver.requests();
            assertThat(got).hasSize(30).extracting(Receiver.Request::id).doesNotHaveDuplicates();
            webhooks.forEach(endpoints::delete);
        }
    }

    private int pending(List<UUID> webhooks) {
        return jdbc.sql("select count(*) from stream_webhook_deliveries where status = 'pending' and webhook_id = any(?)")
                .param(webhooks.toArray(UUID[]::new)).query(Integer.class).single();
    }

    @Test
    void aUrlIsCheckedAgainAtEveryAttemptAndOneThatNowReachesInsideIsNotSent() {
        // As if its name had resolved to a public address at registration and to a private one now.
        UUID webhook = endpoint("https://10.0.0.1/hook", SigningKeys.newSecret());
        queueOne(webhook, 1);
        assertThat(dispatcher(50).deliverDue()).isEqualTo(1);
        Delivery d = queue.of(webhook, null, 1).getFirst();
        assertThat(d.status()).isEqualTo("pending");
        assertThat(d.lastStatus()).isNull();
        assertThat(d.lastError()).startsWith("Not sent: url 'https://10.0.0.1/hook'").contains("resolves to 10.0.0.1");
        endpoints.delete(webhook);
    }

    private WebhookDispatcher dispatcher(int pauseAfterFailures) {
        WebhookSettings settings = new WebhookSettings(false, 2, Duration.ofSeconds(5), Duration.ofSeconds(10), SCHEDULE,
                pauseAfterFailures, Duration.ofDays(7), Duration.ofSeconds(5));
        Attempts attempts = new Attempts(queue, secrets, settings, sipar, jdbc, audit, clock);
        return new WebhookDispatcher(advancer, attempts, endpoints, queue, new FeedSignal(), settings, clock);
    }

    /** An endpoint of the bank whose cursor stands past the end of the log: it is sent only what the test queues. */
    private UUID endpoint(String url, String secret) {
        UUID bank = jdbc.sql("select id from organisations where name = 'First National Bank'").query(UUID.class).single();
        UUID admin = jdbc.sql("select id from people where email = 'admin@bank.demo'").query(UUID.class).single();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        endpoints.insert(new Endpoint(id, bank, admin, "Retry " + id, url, FeedFilter.EVERYTHING, false, null,
                Long.MAX_VALUE / 2, 0, now, now), secrets.seal(secret));
        return id;
    }

    private void queueOne(UUID webhook, long position) {
        Change deleted = new Change.VersionDeleted(position, "indicator--" + UUID.randomUUID(), "indicator",
                "2026-03-01T00:00:00.000Z", null, clock.instant());
        queue.queue(webhook, deleted, Payloads.body(deleted, clock.instant()), clock.instant());
    }

}
