package org.sipar.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sipar.platform.Audit;
import org.sipar.platform.SiparSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The timing and schedule of a password check do not depend on whether the address has an account. */
class PasswordCheckTest {

    static final SiparSettings SETTINGS = new SiparSettings(Path.of("target/unused"), false,
            new SiparSettings.Db(null, null, null),
            new SiparSettings.Security(5, Duration.ofMinutes(15), Duration.ofMillis(200)),
            new SiparSettings.Bootstrap("admin@cert.local", null, "National CERT"));

    @Test
    void unknownAddressCostsOneArgon2VerificationLikeAKnownAccount() {
        PasswordEncoder encoder = spy(new DelegatingPasswordEncoder("argon2",
                java.util.Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8())));
        People people = mock(People.class);
        when(people.account(any())).thenReturn(Optional.empty());
        SignInThrottle throttle = mock(SignInThrottle.class);
        when(throttle.claim("nobody@example.org")).thenReturn(new SignInThrottle.Claim("nobody@example.org", 1, false));
        when(throttle.delayAfter(1)).thenReturn(Duration.ZERO);
        PasswordCheck check = new PasswordCheck(people, throttle, encoder, mock(Audit.class), SETTINGS);

        PasswordCheck.Result result = check.check("nobody@example.org", "a-guess", "192.0.2.1");

        assertThat(result.outcome()).isEqualTo(PasswordCheck.Outcome.UNKNOWN_ACCOUNT);
        verify(encoder, times(1)).matches(eq("a-guess"), startsWith("{argon2}$argon2id$"));
        verify(throttle, times(1)).delayAfter(1);
    }

    @Test
    void lockedAddressIsRefusedWithoutVerifyingAnyPassword() {
        PasswordEncoder encoder = mock(PasswordEncoder.class);
        when(encoder.encode(any())).thenReturn("{argon2}dummy");
        SignInThrottle throttle = mock(SignInThrottle.class);
        when(throttle.claim("x@example.org")).thenReturn(new SignInThrottle.Claim("x@example.org", 6, true));
        PasswordCheck check = new PasswordCheck(mock(People.class), throttle, encoder, mock(Audit.class), SETTINGS);

        assertThat(check.check("x@example.org", "right-or-wrong", null).outcome()).isEqualTo(PasswordCheck.Outcome.LOCKED);
        verify(encoder, times(0)).matches(any(), any());
    }

    @Test
    void delayDoublesFromTheSecondFailureAndStopsAtTheLock() {
        SignInThrottle throttle = new SignInThrottle(null, null, SETTINGS, java.time.Clock.systemUTC());
        assertThat(throttle.delayAfter(1)).isZero();
        assertThat(throttle.delayAfter(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(throttle.delayAfter(3)).isEqualTo(Duration.ofMillis(400));
        assertThat(throttle.delayAfter(4)).isEqualTo(Duration.ofMillis(800));
        assertThat(throttle.delayAfter(5)).as("the locking failure answers at once").isZero();
        assertThat(throttle.locks(5)).isTrue();
        assertThat(SignInThrottle.normalise("  Admin@CERT.demo ")).isEqualTo("admin@cert.demo");
    }
}
