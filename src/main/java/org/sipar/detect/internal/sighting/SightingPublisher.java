package org.sipar.detect.internal.sighting;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sipar.identity.Directory;
import org.sipar.identity.Organisation;
import org.sipar.identity.OrganisationKind;
import org.sipar.intel.Intelligence;
import org.sipar.intel.Publication;
import org.sipar.platform.PeriodicWork;
import org.sipar.sharing.Tlp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Puts sightings on intel's change feed (and so over TAXII and the streams): each changed sighting's new version is
 * imported as the reporting organisation's (the national CERT's when anonymous), at the organisation's chosen level,
 * shared with the indicator's producer. The store says which versions are not queued yet, so a crash between storing
 * a count and queuing it loses nothing: the next run (every minute, on one node) queues them.
 */
@Component
class SightingPublisher implements PeriodicWork {

    private static final Logger log = LoggerFactory.getLogger(SightingPublisher.class);
    private final SightingStore store;
    private final Intelligence intelligence;
    private final Directory directory;

    SightingPublisher(SightingStore store, Intelligence intelligence, Directory directory) {
        this.store = store;
        this.intelligence = intelligence;
        this.directory = directory;
    }

    /** Queues the current versions of {@code sightings} (outside any transaction: the import reads them itself). */
    void publish(List<Sighting> sightings) {
        record Group(UUID organisation, boolean anonymous, Tlp tlp, UUID producer) {
        }
        Map<Group, List<Sighting>> groups = sightings.stream().collect(Collectors.groupingBy(
                s -> new Group(s.organisation(), s.anonymous(), s.tlp(), s.producer())));
        groups.forEach((g, part) -> {
            Organisation reporter = directory.organisation(g.organisation()).orElseThrow();
            UUID publisher = g.anonymous() ? hub() : g.organisation();
            Publication publication = new Publication(publisher, null, Set.of(g.producer()), Set.of(), Set.of(),
                    "detect sightings", g.tlp());
            byte[] bundle = SightingBundles.bundle(part, reporter);
            intelligence.submit(publication, out -> out.write(bundle));
            part.forEach(store::published);
        });
    }

    @Override
    public String name() {
        return "detect.sighting-publication";
    }

    @Override
    public Duration every() {
        return Duration.ofMinutes(1);
    }

    @Override
    public void run() {
        for (List<Sighting> batch = store.unpublished(1_000); !batch.isEmpty(); batch = store.unpublished(1_000)) {
            log.info("Queuing {} sighting versions that were stored but not yet on the feed", batch.size());
            publish(batch);
        }
    }

    private UUID hub() {
        return directory.organisations().stream().filter(o -> o.kind() == OrganisationKind.NATIONAL_CERT).findFirst()
                .orElseThrow(() -> new IllegalStateException("Anonymous sightings are published by the national CERT, and there is none"))
                .id();
    }
}
