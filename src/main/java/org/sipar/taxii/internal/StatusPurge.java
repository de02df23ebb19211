package org.sipar.taxii.internal;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Forgets statuses that completed more than {@code sipar.taxii.status-retention} ago (7 days unless set; never
 * less than the 24 hours TAXII asks for), once an hour on a thread of its own. Pending ones are never purged:
 * they are imported, at the latest after the next start.
 */
@Component
class StatusPurge implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StatusPurge.class);
    private static final Duration EVERY = Duration.ofHours(1);

    private final StatusStore statuses;
    private final Duration retention;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    StatusPurge(StatusStore statuses, TaxiiSettings settings) {
        this.statuses = statuses;
        this.retention = settings.statusRetention();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("sipar-taxii-purge-");
        scheduler.initialize();
        scheduler.scheduleWithFixedDelay(this::purgeSafely, Instant.now().plus(Duration.ofMinutes(1)), EVERY);
    }

    /** Purges the statuses that have been complete for longer than the retention, as of {@code now}. */
    int purge(Instant now) {
        int purged = statuses.purge(now.minus(retention));
        if (purged > 0) {
            log.info("Purged {} TAXII status(es) older than {}", purged, retention);
        }
        return purged;
    }

    private void purgeSafely() {
        try {
            purge(Instant.now());
        } catch (RuntimeException e) {
            log.warn("Purging old TAXII statuses failed; trying again in {}", EVERY, e);
        }
    }

    @Override
    public void destroy() {
        scheduler.shutdown();
    }
}
