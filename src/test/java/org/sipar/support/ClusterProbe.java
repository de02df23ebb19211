package org.sipar.support;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.sipar.platform.PeriodicWork;

/**
 * A periodic job that both of {@link TwoNodes}' nodes run, often and slowly, counting (in one JVM, so across both
 * nodes) how many runs overlap: the platform's advisory lock must keep that at one. Not a component (component
 * scanning would put it into every test's context): {@link TwoNodes} names it as a source of its two nodes only.
 */
public class ClusterProbe implements PeriodicWork {

    public static final AtomicInteger RUNS = new AtomicInteger();
    public static final AtomicInteger MOST_AT_ONCE = new AtomicInteger();
    private static final AtomicInteger RUNNING = new AtomicInteger();

    @Override
    public String name() {
        return "test.cluster-probe";
    }

    @Override
    public Duration every() {
        return Duration.ofMillis(20);
    }

    @Override
    public Duration firstAfter() {
        return Duration.ZERO;
    }

    @Override
    public void run() {
        MOST_AT_ONCE.accumulateAndGet(RUNNING.incrementAndGet(), Math::max);
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            RUNNING.decrementAndGet();
            RUNS.incrementAndGet();
        }
    }
}
