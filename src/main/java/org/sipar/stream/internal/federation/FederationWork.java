package org.sipar.stream.internal.federation;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sipar.platform.PeriodicWork;
import org.sipar.stream.internal.FeedSignal;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs the links that are due, once per cluster (the platform's periodic work) and each under its own lease, at
 * most {@code sipar.federation.threads} at once: a link to an unreachable host only ever holds one thread, for at
 * most its timeouts, and the others run meanwhile. A change to intelligence (the feed's wake) makes pushing links
 * due at once.
 */
@Component
class FederationWork implements PeriodicWork, DisposableBean {

    private final LinkStore links;
    private final LinkRunner runner;
    private final FederationSettings settings;
    private final Clock clock;
    private final ExecutorService pool;
    private final ExecutorService waker = Executors.newSingleThreadExecutor(Thread.ofVirtual().factory());
    private final AtomicBoolean wakePending = new AtomicBoolean();

    FederationWork(LinkStore links, LinkRunner runner, FederationSettings settings, Clock clock, FeedSignal feed) {
        this.links = links;
        this.runner = runner;
        this.settings = settings;
        this.clock = clock;
        this.pool = Executors.newFixedThreadPool(settings.threads(), Thread.ofVirtual().name("federation-", 0).factory());
        feed.onWake(this::woken);
    }

    @Override
    public String name() {
        return "stream.federation";
    }

    @Override
    public Duration every() {
        return settings.tick();
    }

    @Override
    public Duration firstAfter() {
        return settings.tick();
    }

    @Override
    public void run() {
        List<Future<?>> runs = new ArrayList<>();
        for (UUID id : links.due(clock.instant())) {
            runs.add(pool.submit(() -> runner.run(id)));
        }
        for (Future<?> f : runs) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.util.concurrent.ExecutionException e) {
                // recorded on the link by the runner
            }
        }
    }

    /** Wakes coalesce: one pass for however many changes came meanwhile. */
    private void woken() {
        if (wakePending.compareAndSet(false, true)) {
            waker.execute(() -> {
                wakePending.set(false);
                links.pushNow(clock.instant());
            });
        }
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
        waker.shutdownNow();
    }
}
