package org.sipar.intel.internal.ingestion;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;

/**
 * Runs a transaction again when PostgreSQL aborted it for a reason that is not the work's fault: a deadlock
 * (40P01), a serialisation failure (40001) or a lock not obtained in time (55P03). After a few tries the
 * failure stands.
 */
final class Retries {

    static final int TRIES = 6;
    private static final Set<String> TRANSIENT = Set.of("40P01", "40001", "55P03");

    private Retries() {
    }

    static <T> T onTransientFailure(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (DataAccessException e) {
                if (attempt >= TRIES || !isTransient(e)) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    static boolean isTransient(DataAccessException e) {
        return NestedExceptionUtils.getMostSpecificCause(e) instanceof SQLException sql && TRANSIENT.contains(sql.getSQLState());
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(20, 60) * attempt * attempt);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry a batch", interrupted);
        }
    }
}
