package org.sipar.identity.internal;

import org.sipar.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
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
import org.sipar.platform.TokenScope;

/** Token expiry and lock-out follow the application's clock: a test moves it on instead of waiting. */
class TokenClockTest {

    private static final Instant NOON = Instant.parse("2026-03-01T12:00:00Z");
    private static final Person PERSON = new Person(UUID.randomUUID(), "analyst@example.org", "Analyst",
            UUID.randomUUID(), "Example", Set.of(Role.ANALYST), true, false, null);
    private static final CurrentUser OWNER = new CurrentUser(PERSON.id(), PERSON.email(), PERSON.displayName(),
            PERSON.organisationId(), PERSON.organisationName(), PERSON.roles());

    private static final UUID TOKEN = UUID.randomUUID();

    private final MutableClock clock = new MutableClock(NOON.minus(Duration.ofHours(1)));
    private final ApiTokens tokens = mock(ApiTokens.class);
    private final People people = mock(People.class);
    private final TokenUse use = new TokenUse(tokens, clock);
    private final Audit audit = mock(Audit.class);
    private final TokenService service = new TokenService(tokens, people, audit, new IdentityCache(clock, mock(IdentityRevision.class)), use,
            new TokenSettings(Duration.ofDays(90), Duration.ofDays(365)), clock);

    @Test
    void aTokenShowsExpiredOnceTheClockPassesItsExpiry() {
        when(tokens.of(PERSON.id())).thenReturn(List.of(new ApiTokens.Token(UUID.randomUUID(), "feed", "sipar_abcd…",
                TokenScope.READ, NOON.minus(Duration.ofDays(1)), NOON, null, null, null)));
        assertThat(service.views(OWNER)).extracting(TokenView::status).containsExactly("token.active");
        clock.advance(Duration.ofHours(1));
        assertThat(service.views(OWNER)).extracting(TokenView::status).containsExactly("token.expired");
    }

    @Test
    void anExpiryIsRefusedOnceTheClockHasPassedIt() {
        when(tokens.create(any(), any(), any(), any(), any())).thenReturn("sipar_secret");
        assertThat(service.create(OWNER, "feed", TokenScope.READ, NOON)).isEqualTo("sipar_secret");
        clock.advance(Duration.ofHours(1));
        assertThatThrownBy(() -> service.create(OWNER, "feed", TokenScope.READ, NOON)).isInstanceOf(InputRejected.class);
    }

    @Test
    void aLockedPersonsTokenWorksAgainWhenTheLockEnds() {
        when(tokens.ownerOfActive(any(), any())).thenReturn(Optional.of(new ApiTokens.Owner(PERSON.email(), TOKEN,
                TokenScope.WRITE, null)));
        when(people.account(PERSON.email())).thenReturn(Optional.of(new People.Account(PERSON, "hash", NOON)));
        assertThat(service.authenticateToken("sipar_secret", "192.0.2.1")).isEmpty();
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        assertThat(service.authenticateToken("sipar_secret", "192.0.2.1")).isPresent();
    }

    @Test
    void aTokenWithoutExpiryLastsTheDefaultAndNoneLongerThanTheMaximum() {
        when(tokens.create(any(), any(), any(), any(), any())).thenReturn("sipar_secret");
        service.create(OWNER, "feed", TokenScope.TAXII, null);
        verify(tokens).create(any(), eq(PERSON.id()), eq("feed"), eq(TokenScope.TAXII), eq(clock.instant().plus(Duration.ofDays(90))));
        assertThat(service.defaultExpiry()).hasToString("2026-05-30");
        assertThatThrownBy(() -> service.create(OWNER, "feed", TokenScope.READ, clock.instant().plus(Duration.ofDays(366))))
                .isInstanceOf(InputRejected.class).hasMessageContaining("no later than " + service.latestExpiry());
        verify(audit).record(eq("token.created"), any(), eq(java.util.Map.of("name", "feed", "scope", "taxii",
                "expiresAt", clock.instant().plus(Duration.ofDays(90)).toString())));
    }

    @Test
    void aTokenIsRefusedOnceTheClockPassesItsExpiryEvenWhileRemembered() {
        Instant expires = clock.instant().plus(Duration.ofMinutes(10));
        when(tokens.ownerOfActive(any(), any())).thenReturn(Optional.of(new ApiTokens.Owner(PERSON.email(), TOKEN,
                TokenScope.READ, expires)));
        when(people.account(PERSON.email())).thenReturn(Optional.of(new People.Account(PERSON, "hash", null)));
        assertThat(service.authenticateToken("sipar_secret", "192.0.2.1")).get()
                .satisfies(a -> assertThat(a.getAuthorities()).extracting(Object::toString).contains("SCOPE_READ", "ROLE_ANALYST"));
        clock.advance(Duration.ofMinutes(10));
        assertThat(service.authenticateToken("sipar_secret", "192.0.2.1")).isEmpty();
    }

    @Test
    void lastUseIsWrittenAtMostOnceAMinutePerToken() {
        when(tokens.ownerOfActive(any(), any())).thenReturn(Optional.of(new ApiTokens.Owner(PERSON.email(), TOKEN,
                TokenScope.WRITE, null)));
        when(people.account(PERSON.email())).thenReturn(Optional.of(new People.Account(PERSON, "hash", null)));
        Instant first = clock.instant();
        for (int i = 0; i < 5; i++) {
            assertThat(service.authenticateToken("sipar_secret", "192.0.2.1")).isPresent();
            clock.advance(Duration.ofSeconds(10));
        }
        verify(tokens, times(1)).recordUse(any(), any(), any(), any());
        verify(tokens).recordUse(TOKEN, first, "192.0.2.1", first.minus(Duration.ofMinutes(1)));
        clock.advance(Duration.ofSeconds(10));
        service.authenticateToken("sipar_secret", "198.51.100.7");
        verify(tokens).recordUse(TOKEN, clock.instant(), "198.51.100.7", clock.instant().minus(Duration.ofMinutes(1)));
        verify(tokens, times(2)).recordUse(any(), any(), any(), any());
    }

    @Test
    void aRevocationIsAuditedWithTheTokensScopeAndExpiry() {
        when(tokens.revoke(eq(PERSON.id()), eq(TOKEN), any())).thenReturn(Optional.of(new ApiTokens.Token(TOKEN, "feed",
                "sipar_abcd…", TokenScope.TAXII, NOON, NOON.plus(Duration.ofDays(9)), NOON, null, null)));
        service.revoke(OWNER, TOKEN);
        verify(audit).record("token.revoked", "token " + TOKEN, java.util.Map.of("name", "feed", "scope", "taxii",
                "expiresAt", NOON.plus(Duration.ofDays(9)).toString()));
    }
}
