package org.sipar.advisory.internal.subscription;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.sipar.platform.PeriodicWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Forgets the subscriptions never confirmed, with their tokens, a day after their link expired: an address that
 * did not opt in is kept no longer than it takes to tell that it will not. A subscription that ended keeps its row
 * (so that its unsubscription links still answer that it has ended) but loses its address and where it was asked
 * from a day later. The rate limits count only the last hour's requests, so they lose nothing by either.
 */
@Component
class SubscriptionPurge implements PeriodicWork {

    /** What an ended subscription's address becomes (the column holds an address; .invalid never receives mail). */
    static final String ERASED = "erased@erased.invalid";

    private final JdbcClient jdbc;
    private final SubscriptionSettings settings;
    private final Clock clock;

    SubscriptionPurge(JdbcClient jdbc, SubscriptionSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "advisory.subscription-purge";
    }

    @Override
    public Duration every() {
        return Duration.ofHours(1);
    }

    @Override
    public void run() {
        Timestamp before = Timestamp.from(clock.instant().minus(settings.confirmationValidity()).minus(Duration.ofDays(1)));
        jdbc.sql("delete from advisory_subscriptions where state = 'PENDING' and requested_at < ?").param(before).update();
        jdbc.sql("""
                update advisory_subscriptions set email = ?, requested_from = null
                where state = 'ENDED' and ended_at < ? and email <> ?""")
                .params(ERASED, Timestamp.from(clock.instant().minus(Duration.ofDays(1))), ERASED).update();
    }
}
