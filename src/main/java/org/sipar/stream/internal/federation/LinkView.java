package org.sipar.stream.internal.federation;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A link as the API and pages show it: never its secret, only whether it has one. {@code lagSeconds} is how far
 * behind the remote it is: now − the last remote date added seen, or now − the last success when none was seen.
 */
public record LinkView(UUID id, String name, UUID organisation, String apiRoot, String collection, String auth, String user,
                boolean hasSecret, String direction, String every, String unmarkedTlp, Set<UUID> recipientOrgs,
                Set<UUID> recipientGroups, String pushMaxTlp, String pullCursor, Instant lastRemoteAdded,
                long pushCursor, long pulled, long pushed, Instant lastSuccessAt, String lastError, Instant lastErrorAt,
                int failures, String lastNote, Long lagSeconds) {

    static LinkView of(Link l, Instant now) {
        Link.State s = l.state();
        Instant since = s.lastRemoteAdded() != null ? s.lastRemoteAdded() : s.lastSuccessAt();
        Long lag = since == null ? null : Math.max(0, Duration.between(since, now).toSeconds());
        return new LinkView(l.id(), l.name(), l.organisationId(), l.apiRoot(), l.collectionId(), l.auth().name(),
                l.authUser(), l.sealedSecret() != null, l.direction().name(), LinkValidation.every(l.everySeconds()),
                l.unmarkedTlp().label(), l.recipientOrgs(), l.recipientGroups(), l.pushMaxTlp().label(), s.pullCursor(),
                s.lastRemoteAdded(), s.pushCursor(), s.pulled(), s.pushed(), s.lastSuccessAt(), s.lastError(),
                s.lastErrorAt(), s.failures(), s.lastNote(), lag);
    }

    /** The lag in words a page shows: seconds, minutes, hours or days; a dash when unknown. */
    public String lag() {
        if (lagSeconds == null) {
            return "–";
        }
        long s = lagSeconds;
        return s < 120 ? s + " s" : s < 7200 ? s / 60 + " min" : s < 172_800 ? s / 3600 + " h" : s / 86_400 + " d";
    }
}
