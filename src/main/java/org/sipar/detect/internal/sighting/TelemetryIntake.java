package org.sipar.detect.internal.sighting;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sipar.detect.internal.engine.Key;
import org.sipar.detect.internal.retro.RetroStore;
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
    private final RetroStore retro;
    private final Clock clock;

    TelemetryIntake(Matches matches, SightingStore store, SightingPublisher publisher, SightingSettings settings,
                    RetroStore retro, Clock clock) {
        this.retro = retro;
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
            List<Key> keys = new ArrayList<>(event.observables().size());
            for (Observable o : event.observables()) {
                Matches.Asked asked = asked(o);
                if (asked == null) {
                    continue;
                }
                keys.addAll(asked.keys());
                for (Matches.Found found : TelemetryIntake.this.matches.found(asked, reader, now)) {
                    tally.add(found.indicator(), found.producer(), settings.windowStart(at), at);
                }
            }
            // what was seen is kept (distinct values per day) for the retro-hunt of indicators that come later
            retro.saw(organisation, java.time.LocalDate.ofEpochDay(Math.floorDiv(at, 86_400)), keys);
            if (++events % BATCH == 0) {
                flush();
            }
        }

        private static Matches.Asked asked(Observable o) {
            try {
                return Observed.asked(o.type(), o.property(), o.value());
            } catch (IllegalArgumentException notOfItsKind) {
                return null; // the reader checked the value; what canonical forms refuse beyond that matches nothing
            }
        }

        void flush() {
            retro.flush(); // the values seen are on disk before the upload is answered
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
