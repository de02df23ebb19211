package org.sipar.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Records when and from where each API token was last used, at most once per {@link #EVERY} and token: a
 * feed polling every second would otherwise cost a write per request. The tokens page shows the time to the
 * minute, so nothing it shows is lost. Time is the application's clock.
 */
@Component
class TokenUse {

    static final Duration EVERY = Duration.ofMinutes(1);
    /** More tokens than this in use within a minute and the map is simply emptied: memory stays bounded. */
    private static final int MAX_TOKENS = 10_000;

    private final ConcurrentHashMap<UUID, Instant> recorded = new ConcurrentHashMap<>();
    private final ApiTokens tokens;
    private final Clock clock;

    TokenUse(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Notes a use of {@code token} from {@code address} now, writing it unless one was written within a minute. */
    void used(UUID token, String address) {
        Instant now = clock.instant();
        Instant last = recorded.get(token);
        if (last != null && now.isBefore(last.plus(EVERY))) {
            return;
        }
        if (recorded.size() >= MAX_TOKENS) {
            recorded.clear();
        }
        recorded.put(token, now);
        tokens.recordUse(token, now, address, now.minus(EVERY));
    }
}
