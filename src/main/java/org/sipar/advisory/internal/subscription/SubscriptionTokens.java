package org.sipar.advisory.internal.subscription;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The links' tokens ({@code advisory_subscription_tokens}, hashes only) and what each subscription was sent
 * ({@code advisory_subscription_deliveries}).
 */
@Repository
class SubscriptionTokens {

    enum Purpose { CONFIRM, UNSUBSCRIBE }

    private final JdbcClient jdbc;

    SubscriptionTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new token for {@code subscription}, working until {@code expires} (null: for good); returns it in the clear. */
    String issue(UUID subscription, Purpose purpose, Instant expires) {
        String token = Tokens.fresh();
        jdbc.sql("insert into advisory_subscription_tokens (hash, subscription_id, purpose, expires_at) values (?, ?, ?, ?)")
                .params(Tokens.hash(token), subscription, purpose.name(), expires == null ? null : Timestamp.from(expires)).update();
        return token;
    }

    /**
     * The subscription of {@code token} if it is a {@code purpose} token still working at {@code now}; a
     * confirmation token is used up by this (so the answer is empty the second time).
     */
    Optional<UUID> redeem(String token, Purpose purpose, Instant now) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        String useUp = purpose == Purpose.CONFIRM ? "used_at = :now" : "used_at = coalesce(used_at, :now)";
        return jdbc.sql("update advisory_subscription_tokens set " + useUp + " where hash = :hash and purpose = :purpose"
                        + " and (expires_at is null or expires_at > :now)"
                        + (purpose == Purpose.CONFIRM ? " and used_at is null" : "") + " returning subscription_id")
                .param("hash", Tokens.hash(token)).param("purpose", purpose.name()).param("now", Timestamp.from(now))
                .query(UUID.class).optional();
    }

    /** Whether {@code token} names a subscription for {@code purpose} at all (used or not), without using it. */
    Optional<UUID> peek(String token, Purpose purpose, Instant now) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql("select subscription_id from advisory_subscription_tokens where hash = ? and purpose = ?"
                        + " and (expires_at is null or expires_at > ?) and (purpose = 'UNSUBSCRIBE' or used_at is null)")
                .params(Tokens.hash(token), purpose.name(), Timestamp.from(now)).query(UUID.class).optional();
    }

    /** Remembers that {@code subscription} was sent this revision; false when it already had been. */
    boolean markSent(UUID subscription, UUID advisory, int revision, Instant at) {
        return jdbc.sql("""
                insert into advisory_subscription_deliveries (subscription_id, advisory_id, revision, sent_at)
                values (?, ?, ?, ?) on conflict do nothing""")
                .params(subscription, advisory, revision, Timestamp.from(at)).update() == 1;
    }
}
