package org.sipar.advisory.internal.subscription;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.sipar.advisory.internal.Audience;

/**
 * One e-mail subscription: to whom, for which audiences, in which language, how often. A member's subscription
 * ({@code personId} set) reads as that person; the public's reads as nobody signed in.
 *
 * @param state {@code PENDING} until its address confirmed it, then {@code CONFIRMED}, {@code ENDED} once unsubscribed
 * @param digestSince for a daily digest, the instant from which the next digest gathers advisories
 */
public record Subscription(UUID id, String email, UUID personId, Set<Audience> audiences, String lang,
                           Delivery delivery, String state, Instant confirmedAt, Instant digestSince) {

    public Subscription {
        audiences = Set.copyOf(audiences);
    }

    /** Whether it belongs to a member (and so reads as them). */
    public boolean member() {
        return personId != null;
    }

    public boolean confirmed() {
        return "CONFIRMED".equals(state);
    }

    /** Its audiences in the enum's order, for pages and mails. */
    public java.util.List<Audience> audienceList() {
        return java.util.Arrays.stream(Audience.values()).filter(audiences::contains).toList();
    }
}
