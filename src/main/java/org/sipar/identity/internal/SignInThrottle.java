package org.sipar.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.sipar.platform.SiparSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts password checks per normalised e-mail address, whether an account has it or not, so that an unknown
 * address is answered on the same schedule as a known one. A check is claimed (counted) in one atomic
 * statement before the password is verified: however many guesses arrive at once, at most
 * {@code lock-after-failures} of them are verified before the address is locked.
 */
@Repository
class SignInThrottle {

    /** Every so many claims the rows of addresses idle for longer than the lock are forgotten. */
    private static final long PURGE_EVERY = 500;

    private final JdbcClient jdbc;
    private final IdentityCache cache;
    private final SiparSettings.Security settings;
    private final AtomicLong claims = new AtomicLong();
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, IdentityCache cache, SiparSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.cache = cache;
        this.settings = settings.security();
        this.clock = clock;
    }

    /** One claimed password check: its number since the last success or lock, and whether it may proceed. */
    record Claim(String email, int attempt, boolean locked) {
    }

    /** The key failures are counted under: the address trimmed and lower-cased, at most 320 characters. */
    static String normalise(String email) {
        String key = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return key.length() <= 320 ? key : key.substring(0, 320);
    }

    /** Counts one check of {@code email}; the check that reaches the limit starts the lock. */
    Claim claim(String email) {
        String key = normalise(email);
        int limit = settings.lockAfterFailures();
        Instant now = clock.instant(); // the application's clock, not the database's, decides when a lock ends
        int attempt = jdbc.sql("""
                insert into sign_in_throttle as t (email, attempts, locked_until, updated_at)
                values (:email, 1, case when 1 >= :limit then cast(:until as timestamptz) end, cast(:now as timestamptz))
                on conflict (email) do update set
                    attempts = case when t.locked_until <= cast(:now as timestamptz) then 1 else t.attempts + 1 end,
                    locked_until = case
                        when t.locked_until <= cast(:now as timestamptz) then case when 1 >= :limit then cast(:until as timestamptz) end
                        when t.attempts + 1 >= :limit then coalesce(t.locked_until, cast(:until as timestamptz))
                        else t.locked_until end,
                    updated_at = cast(:now as timestamptz)
                returning attempts""")
                .param("email", key).param("limit", limit).param("now", Timestamp.from(now))
                .param("until", Timestamp.from(now.plus(settings.lockFor())))
                .query(Integer.class).single();
        if (attempt == limit) {
            cache.changed(); // the lock starts now: the account's API tokens stop at once too
        }
        purgeNowAndThen();
        return new Claim(key, attempt, attempt > limit);
    }

    /** Forgets the failures of {@code email} after its password was verified (or set anew). */
    void succeeded(String email) {
        jdbc.sql("delete from sign_in_throttle where email = ?").param(normalise(email)).update();
    }

    /** How long to hold the answer to failed check number {@code attempt}: doubling from the second on. */
    Duration delayAfter(int attempt) {
        if (attempt < 2 || attempt >= settings.lockAfterFailures()) {
            return Duration.ZERO;
        }
        return settings.failureDelay().multipliedBy(1L << Math.min(attempt - 2, 6));
    }

    /** Whether check number {@code attempt} is the one that locked its address. */
    boolean locks(int attempt) {
        return attempt == settings.lockAfterFailures();
    }

    private void purgeNowAndThen() {
        if (claims.incrementAndGet() % PURGE_EVERY == 0) {
            Timestamp now = Timestamp.from(clock.instant());
            jdbc.sql("delete from sign_in_throttle where updated_at < cast(? as timestamptz) - cast(? as interval)"
                    + " and (locked_until is null or locked_until <= cast(? as timestamptz))")
                    .params(now, settings.lockFor().toSeconds() + " seconds", now).update();
        }
    }
}
