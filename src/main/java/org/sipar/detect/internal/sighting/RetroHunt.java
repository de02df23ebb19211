package org.sipar.detect.internal.sighting;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sipar.detect.internal.engine.Arrival;
import org.sipar.detect.internal.retro.RetroStore;
import org.sipar.detect.internal.retro.Seen;
import org.sipar.identity.Directory;
import org.sipar.identity.OrganisationKind;
import org.sipar.sharing.Reader;
import org.sipar.sharing.SharingPolicy;
import org.springframework.stereotype.Component;

/**
 * A new indicator matched against what organisations' telemetry already carried (the retro-hunt store's last days):
 * each organisation that sent one of its values, and may see the indicator, gets a sighting for that day, as if
 * the match had been made then. A retro-hunt sighting counts the day once, whatever the log held that day (the store
 * keeps distinct values, not lines), and the same indicator hunted again (at a restart) adds nothing.
 */
@Component
class RetroHunt implements Arrival.Listener {

    /** The person id of an organisation's reader here: it names nobody, so TLP:RED reaches no organisation. */
    private static final UUID NOBODY = new UUID(0, 0);
    private final RetroStore seen;
    private final SightingStore store;
    private final SightingPublisher publisher;
    private final Directory directory;
    private final SharingPolicy policy;
    private final Clock clock;

    RetroHunt(RetroStore seen, SightingStore store, SightingPublisher publisher, Directory directory, SharingPolicy policy,
              Clock clock) {
        this.seen = seen;
        this.store = store;
        this.publisher = publisher;
        this.directory = directory;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public void arrived(Arrival arrival) {
        List<Sighting> found = new ArrayList<>();
        for (Seen s : seen.whoSaw(arrival.keys())) {
            if (policy.maySee(reader(s.organisation()), arrival.distribution())) {
                long day = s.day().atStartOfDay(ZoneOffset.UTC).toEpochSecond();
                store.addRetro(s.organisation(), store.reporting(s.organisation()), arrival.indicator(), arrival.producer(),
                        day, clock.instant()).ifPresent(found::add);
            }
        }
        if (!found.isEmpty()) {
            publisher.publish(found);
        }
    }

    private Reader reader(UUID organisation) {
        boolean hub = directory.organisation(organisation).map(o -> o.kind() == OrganisationKind.NATIONAL_CERT).orElse(false);
        Set<UUID> groups = directory.sharingGroups().stream().filter(g -> g.memberIds().contains(organisation))
                .map(g -> g.id()).collect(Collectors.toSet());
        return new Reader(NOBODY, organisation, hub, groups);
    }
}
