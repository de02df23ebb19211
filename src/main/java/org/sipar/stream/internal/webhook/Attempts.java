package org.sipar.stream.internal.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.sipar.platform.Audit;
import org.sipar.platform.OutboundAddresses;
import org.sipar.platform.Secrets;
import org.sipar.platform.SiparSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One attempt at a claimed delivery: signed at the moment it is sent, settled as delivered (any 2xx), due again
 * after the backoff, or dead after the last attempt; an endpoint that failed too often in a row is paused, in the
 * audit trail and on its page, until its administrator resumes it.
 */
@Component
class Attempts {

    private final DeliveryQueue queue;
    private final Secrets secrets;
    private final Sender sender;
    private final Backoff backoff;
    private final WebhookSettings settings;
    private final JdbcClient jdbc;
    private final Audit audit;
    private final Clock clock;

    Attempts(DeliveryQueue queue, Secrets secrets, WebhookSettings settings, SiparSettings sipar, JdbcClient jdbc,
             Audit audit, Clock clock) {
        this.queue = queue;
        this.secrets = secrets;
        this.settings = settings;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.backoff = new Backoff(settings.retries());
        this.sender = new Sender(settings.connectTimeout(), settings.requestTimeout(), allowance(settings, sipar));
    }

    /** What endpoints may be: public HTTPS; plain HTTP on loopback in demo mode; private networks when the hub allows. */
    static OutboundAddresses.Allowance allowance(WebhookSettings settings, SiparSettings sipar) {
        return new OutboundAddresses.Allowance(settings.allowPrivateNetworks(), sipar.demo());
    }

    /** How long a claim holds: longer than any attempt can take, so a live sender's claim never lapses. */
    Instant leaseFrom(Instant now) {
        return now.plus(settings.connectTimeout()).plus(settings.requestTimeout()).plusSeconds(30);
    }

    void attempt(DeliveryQueue.Claimed c) {
        long timestamp = clock.instant().getEpochSecond();
        String signature = SigningKeys.signature(secrets.open(c.sealedSecret()), c.messageId(), timestamp, c.payload());
        Sender.Outcome outcome = sender.send(c.url(), c.messageId(), timestamp, signature, c.payload());
        Instant now = clock.instant();
        if (outcome.delivered()) {
            queue.delivered(c, outcome.status(), now);
            return;
        }
        String error = outcome.error().length() > 2000 ? outcome.error().substring(0, 2000) : outcome.error();
        int failures = queue.failed(c, outcome.status(), error, backoff.next(c.attempt(), now), now);
        if (failures >= settings.pauseAfterFailures()) {
            pauseForFailures(c, failures, now);
        }
    }

    private void pauseForFailures(DeliveryQueue.Claimed c, int failures, Instant now) {
        int paused = jdbc.sql("update stream_webhooks set paused = true, paused_reason = 'failures', updated_at = ?"
                        + " where id = ? and not paused")
                .params(Endpoints.ts(now), c.webhookId()).update();
        if (paused == 1) {
            audit.record(new Audit.Entry(null, "Sipar", "stream.webhook.auto-paused", c.webhookId().toString(), true,
                    null, Map.of("url", c.url(), "failures", failures)));
        }
    }
}
