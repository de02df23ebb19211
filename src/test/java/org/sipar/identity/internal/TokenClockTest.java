package org.sipar.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sipar.identity.CurrentUser;
import org.sipar.identity.Person;
import org.sipar.identity.Role;
import org.sipar.platform.Audit;
import org.sipar.platform.InputRejected;

/** Token expiry and lock-out follow the application's clock: a test moves it on instead of waiting. */
class TokenClockTest {

    private static final Instant NOON = Instant.parse("2026-03-01T12:00:00Z");
    private static final Person PERSON = new Person(UUID.randomUUID(), "analyst@example.org", "Analyst",
            UUID.randomUUID(), "Example", Set.of(Role.ANALYST), true, false, null);
    private static final CurrentUser OWNER = new CurrentUser(PERSON.id(), PERSON.email(), PERSON.displayName(),
            PERSON.organisationId(), PERSON.organisationName(), PERSON.roles());

    private final MutableClock clock = new MutableClock(NOON.minus(Duration.ofHours(1)));
    private final ApiTokens tokens = mock(ApiTokens.class);
    private final People people = mock(People.class);
    private final TokenService service = new TokenService(tokens, people, mock(Audit.class),
            new IdentityCache(clock), clock);

    @Test
    void aTokenShowsExpiredOnceTheClockPassesItsExpiry() {
        when(tokens.of(PERSON.id())).thenReturn(List.of(new ApiTokens.Token(UUID.randomUUID(), "feed", "sipar_abcd…",
                NOON.minus(Duration.ofDays(1)), NOON, null, null)));
        assertThat(service.views(OWNER)).extracting(TokenView::status).containsExactly("token.active");
        clock.advance(Duration.ofHours(1));
        assertThat(service.views(OWNER)).extracting(TokenView::status).containsExactly("token.expired");
    }

    @Test
    void anExpiryIsRefusedOnceTheClockHasPassedIt() {
        when(tokens.create(any(), any(), any(), any())).thenReturn("sipar_secret");
        assertThat(service.create(OWNER, "feed", NOON)).isEqualTo("sipar_secret");
        clock.advance(Duration.ofHours(1));
        assertThatThrownBy(() -> service.create(OWNER, "feed", NOON)).isInstanceOf(InputRejected.class);
    }

    @Test
    void aLockedPersonsTokenWorksAgainWhenTheLockEnds() {
        when(tokens.ownerOfActive(any())).thenReturn(Optional.of(new ApiTokens.Owner(PERSON.email(), null)));
        when(people.account(PERSON.email())).thenReturn(Optional.of(new People.Account(PERSON, "hash", NOON)));
        assertThat(service.authenticateToken("sipar_secret", "192.0.2.1")).isEmpty();
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        assertThat(service.authenticateToken("sipar_secret", "192.0.2.1")).isPresent();
    }

    /** A clock that stands still until a test moves it on. */
    static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("always UTC");
        }
    }
}
