package org.sipar.support;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.sipar.platform.PeriodicWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A periodic job that both of {@link TwoNodes}' nodes run, often and slowly, counting (in one JVM, so across both
 * nodes) how many runs overlap: the platform's advisory lock must keep that at one.
 */
@Configuration(proxyBeanMethods = false)
public class ClusterProbe {

    public static final AtomicInteger RUNS = new AtomicInteger();
    public static final AtomicInteger MOST_AT_ONCE = new AtomicInteger();
    private static final AtomicInteger RUNNING = new AtomicInteger();

    @Bean
    PeriodicWork clusterProbeJob() {
        return new PeriodicWork() {
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
        };
    }
}
