package org.sipar.platform.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.springframework.beans.factory.annotation.Autowired;

/** Only one holder of a periodic job's lock at a time, as if each call came from another instance. */
@DemoPlatform
class ClusterLockTests {

    @Autowired
    ClusterLock lock;

    @Test
    void aJobWhoseLockIsHeldElsewhereIsSkippedAndRunsOnceItIsFree() {
        AtomicBoolean ranInside = new AtomicBoolean(true);
        boolean outer = lock.runIfFree("test.job", () -> {
            // Another connection, as another instance would have: the advisory lock belongs to a session.
            Thread other = Thread.ofVirtual().start(() -> ranInside.set(lock.runIfFree("test.job", () -> { })));
            join(other);
        });
        assertThat(outer).isTrue();
        assertThat(ranInside).as("skipped while held").isFalse();
        assertThat(lock.runIfFree("test.job", () -> { })).as("free again once the first run ended").isTrue();
        assertThat(lock.runIfFree("other.job", () -> { })).isTrue();
    }

    @Test
    void aFailingRunLetsGoOfTheLock() {
        try {
            lock.runIfFree("failing.job", () -> {
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // the job's own failure, passed on to the scheduler, which logs it
        }
        assertThat(lock.runIfFree("failing.job", () -> { })).isTrue();
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
