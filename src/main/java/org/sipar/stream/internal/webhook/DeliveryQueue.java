package org.sipar.stream.internal.webhook;

import static org.sipar.stream.internal.webhook.Endpoints.ts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sipar.intel.Change;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The deliveries queued in PostgreSQL: queued with the cursor's advance, claimed by one sender at a time across
 * every node ({@code FOR UPDATE SKIP LOCKED}, and a claim moves the delivery's due time past its lease, so a
 * statement that saw it due before the claim committed cannot take it again), and settled after each attempt.
 */
@Repository
class DeliveryQueue {

    /** A delivery claimed for one attempt, with what sending it needs. */
    record Claimed(long id, UUID webhookId, String messageId, String payload, int attempt, String url, String sealedSecret) {
    }

    private final JdbcClient jdbc;

    DeliveryQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The endpoint's cursor, locked for this transaction, or empty if it is paused or another node holds it. */
    Optional<Long> lockCursor(UUID webhook) {
        return jdbc.sql("select cursor_position from stream_webhooks where id = ? and not paused for update skip locked")
                .param(webhook).query(Long.class).optional();
    }

    /** Queues the message telling {@code webhook} of {@code change}, unless it was queued already. */
    void queue(UUID webhook, Change change, String body, Instant now) {
        jdbc.sql("insert into stream_webhook_deliveries (webhook_id, message_id, position, event_type, payload, status,"
                        + " next_attempt_at, created_at) values (?, ?, ?, ?, ?, 'pending', ?, ?)"
                        + " on conflict (webhook_id, position) do nothing")
                .params(webhook, messageId(webhook, change.position()), change.position(), "stix." + change.kind(),
                        body, ts(now), ts(now))
                .update();
    }

    void moveCursor(UUID webhook, long position) {
        jdbc.sql("update stream_webhooks set cursor_position = greatest(cursor_position, ?) where id = ?")
                .params(position, webhook).update();
    }

    /**
     * Claims the delivery due longest, of an endpoint that is not paused and has no other delivery under way, for
     * an attempt until {@code leaseUntil}: if the sender dies, it is due again then.
     */
    Optional<Claimed> claim(Instant now, Instant leaseUntil) {
        return jdbc.sql("""
                with due as (
                  select d.id from stream_webhook_deliveries d join stream_webhooks w on w.id = d.webhook_id
                  where d.status = 'pending' and d.next_attempt_at <= :now and not w.paused
                    and (d.leased_until is null or d.leased_until <= :now)
                    and not exists (select 1 from stream_webhook_deliveries x where x.webhook_id = d.webhook_id
                                    and x.status = 'pending' and x.leased_until > :now)
                  order by d.next_attempt_at, d.id limit 1
                  for update of d, w skip locked)
                update stream_webhook_deliveries d set leased_until = :lease, next_attempt_at = :lease,
                    attempts = d.attempts + 1, last_attempt_at = :now
                from due, stream_webhooks w where d.id = due.id and w.id = d.webhook_id
                returning d.id, d.webhook_id, d.message_id, d.payload, d.attempts, w.url, w.secret_sealed""")
                .param("now", ts(now)).param("lease", ts(leaseUntil))
                .query((rs, n) -> new Claimed(rs.getLong("id"), rs.getObject("webhook_id", UUID.class),
                        rs.getString("message_id"), rs.getString("payload"), rs.getInt("attempts"), rs.getString("url"),
                        rs.getString("secret_sealed")))
                .optional();
    }

    /** Records a delivered attempt; false if the claim had lapsed and another attempt was made since. */
    boolean delivered(Claimed c, int status, Instant now) {
        int settled = jdbc.sql("update stream_webhook_deliveries set status = 'delivered', leased_until = null,"
                        + " last_status = ?, last_error = null, finished_at = ? where id = ? and attempts = ?")
                .params(status, ts(now), c.id(), c.attempt()).update();
        jdbc.sql("update stream_webhooks set consecutive_failures = 0 where id = ? and consecutive_failures > 0")
                .param(c.webhookId()).update();
        return settled == 1;
    }

    /**
     * Records a failed attempt: due again at {@code retryAt}, or dead when that is null. Returns the endpoint's
     * consecutive failures since.
     */
    int failed(Claimed c, Integer status, String error, Instant retryAt, Instant now) {
        jdbc.sql("update stream_webhook_deliveries set status = ?, leased_until = null, next_attempt_at = ?,"
                        + " last_status = ?, last_error = ?, finished_at = ? where id = ? and attempts = ?")
                .params(retryAt == null ? "dead" : "pending", ts(retryAt == null ? now : retryAt), status,
                        error, retryAt == null ? ts(now) : null, c.id(), c.attempt())
                .update();
        return jdbc.sql("update stream_webhooks set consecutive_failures = consecutive_failures + 1 where id = ?"
                        + " returning consecutive_failures")
                .param(c.webhookId()).query(Integer.class).optional().orElse(0);
    }

    /** Puts dead deliveries of {@code webhook} (one, or all when {@code id} is null) back in the queue, due now. */
    int replay(UUID webhook, Long id, Instant now) {
        return jdbc.sql("update stream_webhook_deliveries set status = 'pending', attempts = 0, next_attempt_at = ?,"
                        + " leased_until = null, finished_at = null where webhook_id = ? and status = 'dead'"
                        + " and (cast(? as bigint) is null or id = ?)")
                .params(ts(now), webhook, id, id).update();
    }

    /** Forgets deliveries delivered before {@code before}. */
    int forgetDelivered(Instant before) {
        return jdbc.sql("delete from stream_webhook_deliveries where status = 'delivered' and finished_at < ?")
                .param(ts(before)).update();
    }

    /** The newest deliveries of {@code webhook} with {@code status} (any when null), at most {@code limit}. */
    List<Delivery> of(UUID webhook, String status, int limit) {
        return jdbc.sql("select * from stream_webhook_deliveries where webhook_id = ? and (cast(? as text) is null"
                        + " or status = ?) order by id desc limit ?")
                .params(webhook, status, status, limit).query(Delivery::row).list();
    }

    /** Every webhook-id is stable: the same message at every attempt and replay, unique across endpoints. */
    static String messageId(UUID webhook, long position) {
        return "msg_" + UUID.nameUUIDFromBytes((webhook + ":" + position).getBytes(StandardCharsets.UTF_8))
                .toString().replace("-", "");
    }
}
