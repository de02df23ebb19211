package org.sipar.detect.internal.engine;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.sipar.intel.IntelligenceChanged;
import org.sipar.intel.SystemRead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the {@link Engine} up to date with intel's change log, on one thread of its own: at start it reads the
 * whole log of indicators and sightings (matching answers from what it has read meanwhile), then whatever follows, woken at once
 * when a change commits on this node and at least every {@link #POLL} for changes made on other nodes, so that a
 * new, revoked or deleted indicator takes effect within a second. It reads past the sharing policy
 * ({@link SystemRead}) because it must match every partner's telemetry against every indicator; what it finds is
 * told to a caller only through the policy ({@link Matches}).
 */
@Component
class LiveIndicators implements SmartLifecycle {

    static final Duration POLL = Duration.ofMillis(500);
    static final int PAGE = 5_000;
    private static final Logger log = LoggerFactory.getLogger(LiveIndicators.class);
    private final SystemRead log_;
    private final Engine engine = new Engine(new HashKeyIndex(), new Canonical());
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private volatile boolean running;
    private volatile boolean caughtUp;
    private Thread thread;

    /** How long after it was stored an indicator is still new to the listeners when the log is read (at a start). */
    static final java.time.Duration NEW_FOR = java.time.Duration.ofDays(1);
    private final org.springframework.beans.factory.ObjectProvider<Arrival.Listener> listeners;
    private final java.time.Clock clock;

    LiveIndicators(SystemRead changes, org.springframework.beans.factory.ObjectProvider<Arrival.Listener> listeners,
                   java.time.Clock clock) {
        this.log_ = changes;
        this.listeners = listeners;
        this.clock = clock;
    }

    Engine engine() {
        return engine;
    }

    /** Whether the whole log as it was at start has been read. */
    boolean caughtUp() {
        return caughtUp;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(IntelligenceChanged event) {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().name("detect-live-indicators").daemon().start(this::follow);
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void follow() {
        while (running) {
            try {
                if (readPage() < PAGE) {
                    caughtUp = true;
                    await();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Reading intel's change log for detection failed; trying again in a second", e);
                sleepQuietly();
            }
        }
    }

    /** Applies the next page of the log; answers how many changes it held. */
    private int readPage() {
        List<SystemRead.Held> page = log_.changes(engine.position(), PAGE, List.of("indicator", "sighting"));
        java.time.Instant recent = clock.instant().minus(NEW_FOR);
        for (SystemRead.Held held : page) {
            engine.apply(held).filter(a -> a.added().isAfter(recent))
                    .ifPresent(a -> listeners.orderedStream().forEach(l -> tell(l, a)));
        }
        return page.size();
    }

    private static void tell(Arrival.Listener listener, Arrival arrival) {
        try {
            listener.arrived(arrival);
        } catch (RuntimeException e) {
            log.warn("A listener of new indicators failed on {}; matching goes on", arrival.indicator(), e);
        }
    }

    private void await() throws InterruptedException {
        lock.lock();
        try {
            changed.await(POLL.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            lock.unlock();
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
