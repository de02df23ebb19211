package org.sipar.intel.internal.ingestion;

import java.time.Clock;
import java.time.Duration;
import org.sipar.platform.PeriodicWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A backstop, not the way imports start: every import is handed to the import threads as soon as it is queued.
 * Now and then this hands on what has waited queued for longer than {@value #LATE_SECONDS} seconds without a
 * thread having it (a hand-off lost on the way); the threads claim each import once, so handing one twice is harmless.
 */
@Component
class ImportSweep implements PeriodicWork {

    private static final Logger log = LoggerFactory.getLogger(ImportSweep.class);
    private static final long LATE_SECONDS = 60;

    private final Ingestion ingestion;
    private final Clock clock;

    ImportSweep(Ingestion ingestion, Clock clock) {
        this.ingestion = ingestion;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "intel.import-sweep";
    }

    @Override
    public Duration every() {
        return Duration.ofMinutes(1);
    }

    @Override
    public void run() {
        int handed = ingestion.handOffWaitingSince(clock.instant().minusSeconds(LATE_SECONDS));
        if (handed > 0) {
            log.info("Handed {} import(s) queued for over {} s to the import threads", handed, LATE_SECONDS);
        }
    }
}
