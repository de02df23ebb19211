package org.sipar.platform;

import java.time.Duration;

/**
 * Work a module wants done now and then, such as forgetting old records: each registers a bean of this type and
 * the platform runs it on a thread of its own. When several instances share one database only one of them runs
 * a given job at a time (a PostgreSQL advisory lock named after the job), so no job needs to guard against
 * running twice at once. A run that fails is logged and the job tried again at its next turn.
 */
public interface PeriodicWork {

    /** A name unique in the application, such as {@code taxii.status-purge}: it names the lock and the logs. */
    String name();

    /** The pause between the end of one run and the start of the next. */
    Duration every();

    /** How long after start-up the first run comes: by default a minute, once the application is up. */
    default Duration firstAfter() {
        return Duration.ofMinutes(1);
    }

    /** Does the work once; called only while this instance holds the job's lock. */
    void run();
}
