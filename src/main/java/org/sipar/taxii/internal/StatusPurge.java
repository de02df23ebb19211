package org.sipar.taxii.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.sipar.platform.PeriodicWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Forgets statuses that completed more than {@code sipar.taxii.status-retention} ago (7 days unless set; never
 * less than the 24 hours TAXII asks for), once an hour, as the platform's periodic work: with several instances
 * on one database only one purges at a time. Pending ones are never purged: they are imported, at the latest
 * after the next start.
 */
@Component
class StatusPurge implements PeriodicWork {

    private static final Logger log = LoggerFactory.getLogger(StatusPurge.class);
    private static final Duration EVERY = Duration.ofHours(1);

    private final StatusStore statuses;
    private final Duration retention;
    private final Clock clock;

    StatusPurge(StatusStore statuses, TaxiiSettings settings, Clock clock) {
        this.statuses = statuses;
        this.retention = settings.statusRetention();
        this.clock = clock;
    }

    @Override
    public String name() {
        return "taxii.status-purge";
    }

    @Override
    public Duration every() {
        return EVERY;
    }

    @Override
    public void run() {
        purge(clock.instant());
    }

    /** Purges the statuses that have been complete for longer than the retention, as of {@code now}. */
    int purge(Instant now) {
        int purged = statuses.purge(now.minus(retention));
        if (purged > 0) {
            log.info("Purged {} TAXII status(es) older than {}", purged, retention);
        }
        return purged;
    }
}
