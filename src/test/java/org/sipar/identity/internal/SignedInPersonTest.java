package org.sipar.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sipar.identity.Person;
import org.sipar.identity.Role;

/** A sign-in's lock ends when the application's clock says so, not the machine's. */
class SignedInPersonTest {

    private static final Person PERSON = new Person(UUID.randomUUID(), "analyst@example.org", "Analyst",
            UUID.randomUUID(), "Example", Set.of(Role.ANALYST), true, false, null);

    @Test
    void theLockIsJudgedByTheClockItWasGiven() {
        // Far from the machine's time either way, so that Instant.now() would give the other answer.
        Instant lockedUntil = Instant.parse("2100-01-01T00:00:00Z");
        org.sipar.support.MutableClock clock = new org.sipar.support.MutableClock(lockedUntil.minus(Duration.ofSeconds(1)));
        SignedInPerson person = new SignedInPerson(PERSON, null, lockedUntil, clock);
        assertThat(person.isAccountNonLocked()).isFalse();
        clock.advance(Duration.ofSeconds(2));
        assertThat(person.isAccountNonLocked()).isTrue();
        assertThat(new SignedInPerson(PERSON, null, null, clock).isAccountNonLocked()).isTrue();
    }
}
