package org.sipar.platform.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sipar.platform.OutgoingMail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox's table, {@code platform_mail}: mail is queued there, claimed for one attempt at a time across every
 * node ({@code FOR UPDATE SKIP LOCKED}; the claim moves the mail's due time past its lease, so that a statement
 * which saw it due before the claim committed finds it no longer due, and a sender that died leaves it due again
 * once the lease is over), and settled after each attempt by the attempt that claimed it.
 */
@Repository
class MailQueue {

    /** A mail claimed for attempt number {@code attempt}, with all that sending it needs. */
    record Claimed(long id, String messageId, String to, String subject, String text, String html, String language,
                   Map<String, String> headers, int attempt) {
    }

    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    MailQueue(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Queues {@code mail} under {@code messageId}, due at once; its id. */
    long queue(OutgoingMail mail, String messageId, Instant now) {
        return jdbc.sql("""
                insert into platform_mail (message_id, kind, reference, recipient, subject, body_text, body_html,
                    language, headers, next_attempt_at, queued_at) values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)
                returning id""")
                .params(messageId, mail.kind(), mail.reference(), mail.to(), mail.subject(), mail.text(), mail.html(),
                        mail.language(), json.writeValueAsString(mail.headers()), ts(now), ts(now))
                .query(Long.class).single();
    }

    /** Claims the mail due longest for one attempt, due again at {@code leaseUntil} unless it is settled. */
    Optional<Claimed> claim(Instant now, Instant leaseUntil) {
        return jdbc.sql("""
                with due as (select id from platform_mail where status = 'queued' and next_attempt_at <= :now
                             order by next_attempt_at, id limit 1 for update skip locked)
                update platform_mail m set attempts = m.attempts + 1, next_attempt_at = :lease, last_attempt_at = :now
                from due where m.id = due.id
                returning m.id, m.message_id, m.recipient, m.subject, m.body_text, m.body_html, m.language,
                    m.headers::text as headers, m.attempts""")
                .param("now", ts(now)).param("lease", ts(leaseUntil))
                .query(this::claimed).optional();
    }

    /** Records that the attempt {@code c} was sent; false if its claim had lapsed and another attempt was made. */
    boolean sent(Claimed c, Instant now) {
        return jdbc.sql("update platform_mail set status = 'sent', sent_at = ?, last_error = null"
                        + " where id = ? and attempts = ? and status = 'queued'")
                .params(ts(now), c.id(), c.attempt()).update() == 1;
    }

    /** Records that the attempt {@code c} failed: due again at {@code retryAt}, or dead when that is null. */
    void failed(Claimed c, String error, Instant retryAt, Instant now) {
        jdbc.sql("update platform_mail set status = ?, next_attempt_at = ?, last_error = ?, dead_at = ?"
                        + " where id = ? and attempts = ? and status = 'queued'")
                .params(retryAt == null ? "dead" : "queued", ts(retryAt == null ? now : retryAt), error,
                        retryAt == null ? ts(now) : null, c.id(), c.attempt())
                .update();
    }

    /** Queues dead mail {@code id} again, due now, with a fresh count of attempts; its recipient and kind, if it was dead. */
    Optional<Mail> retry(long id, Instant now) {
        return jdbc.sql("update platform_mail set status = 'queued', attempts = 0, next_attempt_at = ?, dead_at = null"
                        + " where id = ? and status = 'dead' returning *")
                .params(ts(now), id).query(Mail::row).optional();
    }

    /** How many mails are queued, sent and dead. */
    Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.HashMap<>(Map.of("queued", 0L, "sent", 0L, "dead", 0L));
        jdbc.sql("select status, count(*) from platform_mail group by status")
                .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    /** How many mails have {@code status}. */
    long count(String status) {
        return jdbc.sql("select count(*) from platform_mail where status = ?").param(status).query(Long.class).single();
    }

    /** The newest mails with {@code status} (any, when null), at most {@code limit}. */
    List<Mail> latest(String status, int limit) {
        return jdbc.sql("select * from platform_mail where (cast(? as text) is null or status = ?) order by id desc limit ?")
                .params(status, status, limit).query(Mail::row).list();
    }

    /** Forgets mail sent before {@code before}; how many. */
    int forgetSent(Instant before) {
        return jdbc.sql("delete from platform_mail where status = 'sent' and sent_at < ?").param(ts(before)).update();
    }

    private Claimed claimed(ResultSet rs, int n) throws SQLException {
        return new Claimed(rs.getLong("id"), rs.getString("message_id"), rs.getString("recipient"),
                rs.getString("subject"), rs.getString("body_text"), rs.getString("body_html"), rs.getString("language"),
                json.readValue(rs.getString("headers"), HEADERS), rs.getInt("attempts"));
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
