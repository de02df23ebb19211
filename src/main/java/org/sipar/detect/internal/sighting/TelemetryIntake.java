package org.sipar.detect.internal.sighting;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.sipar.detect.internal.engine.Matches;
import org.sipar.detect.internal.engine.Observed;
import org.sipar.detect.internal.telemetry.Event;
import org.sipar.detect.internal.telemetry.Observable;
import org.sipar.detect.internal.telemetry.TelemetryReader;
import org.sipar.detect.internal.telemetry.TelemetryReport;
import org.sipar.sharing.Reader;
import org.springframework.stereotype.Service;

/**
 * An organisation's log, read as a stream and matched event by event against the indicators the organisation may
 * see; the matches are counted per indicator copy and window and stored as sightings every {@link #BATCH} events
 * and at the end, so that a long-lived upload's sightings appear as it goes and memory stays bounded.
 */
@Service
public class TelemetryIntake {

    static final int BATCH = 50_000;
    private final Matches matches;
    private final SightingStore store;
    private final SightingPublisher publisher;
    private final SightingSettings settings;
    private final Clock clock;

    TelemetryIntake(Matches matches, SightingStore store, SightingPublisher publisher, SightingSettings settings, Clock clock) {
        this.matches = matches;
        this.store = store;
        this.publisher = publisher;
        this.settings = settings;
        this.clock = clock;
    }

    /** What an upload did: the reader's report, the matches found and the sightings they added to. */
    public record Outcome(TelemetryReport report, long matches, long sightings) {
    }

    Outcome take(InputStream in, TelemetryReader format, UUID organisation, Reader reader) {
        Reporting reporting = store.reporting(organisation);
        Run run = new Run(organisation, reporting, reader);
        TelemetryReport report = format.read(in, run::event);
        run.flush();
        return new Outcome(report, run.matches, run.sightings.size());
    }

    /** One upload's state. */
    private final class Run {
        private final UUID organisation;
        private final Reporting reporting;
        private final Reader reader;
        private final Tally tally = new Tally();
        private long events;
        private long matches;
        private final java.util.Set<UUID> sightings = new java.util.HashSet<>();

        Run(UUID organisation, Reporting reporting, Reader reader) {
            this.organisation = organisation;
            this.reporting = reporting;
            this.reader = reader;
        }

        void event(Event event) {
            Instant now = clock.instant();
            // a time in the future is a clock's error: counted as seen now
            long at = event.time() == null || event.time().isAfter(now) ? now.getEpochSecond() : event.time().getEpochSecond();
            for (Observable o : event.observables()) {
                for (Matches.Found found : found(o, now)) {
                    tally.add(found.indicator(), found.producer(), settings.windowStart(at), at);
                }
            }
            if (++events % BATCH == 0) {
                flush();
            }
        }

        private List<Matches.Found> found(Observable o, Instant now) {
            try {
                return TelemetryIntake.this.matches.found(Observed.asked(o.type(), o.property(), o.value()), reader, now);
            } catch (IllegalArgumentException notOfItsKind) {
                return List.of(); // the reader checked the value; what canonical forms refuse beyond that matches nothing
            }
        }

        void flush() {
            if (tally.isEmpty()) {
                return;
            }
            matches += tally.matches();
            List<Sighting> changed = store.add(organisation, reporting, tally.counts(), clock.instant());
            changed.forEach(s -> sightings.add(s.id()));
            tally.clear();
            publisher.publish(changed);
        }
    }
}
