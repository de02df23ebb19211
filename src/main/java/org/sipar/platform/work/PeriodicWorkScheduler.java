package org.sipar.platform.work;

import java.time.Clock;
import java.util.List;
import org.sipar.platform.PeriodicWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationListener;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Runs every module's {@link PeriodicWork} on one small pool of its own, each job under its {@link ClusterLock}.
 * Jobs are scheduled once the application is ready, so none runs against a half-started context.
 */
@Component
class PeriodicWorkScheduler implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PeriodicWorkScheduler.class);

    private final List<PeriodicWork> jobs;
    private final ClusterLock lock;
    private final Clock clock;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    PeriodicWorkScheduler(List<PeriodicWork> jobs, ClusterLock lock, Clock clock) {
        this.jobs = jobs;
        this.lock = lock;
        this.clock = clock;
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("sipar-periodic-");
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (jobs.isEmpty()) {
            return;
        }
        scheduler.initialize();
        for (PeriodicWork job : jobs) {
            scheduler.scheduleWithFixedDelay(() -> runSafely(job), clock.instant().plus(job.firstAfter()), job.every());
        }
    }

    /** Runs {@code job} if no other instance is running it; a failure waits for the job's next turn. */
    void runSafely(PeriodicWork job) {
        try {
            if (!lock.runIfFree(job.name(), job::run)) {
                log.debug("Periodic work {} is running on another instance; skipped here", job.name());
            }
        } catch (RuntimeException e) {
            log.warn("Periodic work {} failed; trying again in {}", job.name(), job.every(), e);
        }
    }

    @Override
    public void destroy() {
        scheduler.shutdown();
    }
}
