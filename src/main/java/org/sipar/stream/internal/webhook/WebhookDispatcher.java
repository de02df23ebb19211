package org.sipar.stream.internal.webhook;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.sipar.stream.internal.FeedSignal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Follows the change log for every endpoint and sends what is due. Woken by the {@link FeedSignal} (the log may
 * have grown), by the retry job and by each finished attempt; all its work runs on one pump thread of its own, which
 * queues deliveries ({@link Advancer}) and hands claimed ones to a fixed pool of {@code sipar.webhooks.threads}
 * senders. A claim takes a free sender first, and an endpoint has at most one delivery under way, so an endpoint
 * that answers slowly or never holds one sender for at most the request timeout and never holds back the others.
 *
 * <p>Order: each endpoint is sent its messages in change-log order while they succeed, but a message being retried
 * does not hold back those after it (Standard Webhooks asks no order, and one failing message must not stall an
 * endpoint for hours); each body carries its {@code position}, by which a receiver can order what it gets.
 */
@Component
class WebhookDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    /** Pages read per endpoint per turn, so that one endpoint far behind does not keep the others waiting. */
    private static final int PAGES_PER_TURN = 10;

    private final Advancer advancer;
    private final Attempts attempts;
    private final Endpoints endpoints;
    private final DeliveryQueue queue;
    private final FeedSignal signal;
    private final Clock clock;
    private final Semaphore senders;
    private final int threads;
    private final AtomicBoolean advanceWanted = new AtomicBoolean(true);
    private final AtomicBoolean pumpQueued = new AtomicBoolean();
    private volatile boolean running;
    private ExecutorService pump;
    private ExecutorService pool;

    WebhookDispatcher(Advancer advancer, Attempts attempts, Endpoints endpoints, DeliveryQueue queue, FeedSignal signal,
               WebhookSettings settings, Clock clock) {
        this.advancer = advancer;
        this.attempts = attempts;
        this.endpoints = endpoints;
        this.queue = queue;
        this.signal = signal;
        this.clock = clock;
        this.threads = settings.threads();
        this.senders = new Semaphore(threads);
    }

    /** The change log may have grown, or a retry fallen due: look, on the pump thread. */
    void wake() {
        advanceWanted.set(true);
        schedule();
    }

    private void schedule() {
        if (running && pumpQueued.compareAndSet(false, true)) {
            try {
                pump.execute(this::pumpOnce);
            } catch (RejectedExecutionException stopping) {
                pumpQueued.set(false);
            }
        }
    }

    private void pumpOnce() {
        pumpQueued.set(false);
        try {
            if (advanceWanted.getAndSet(false)) {
                advanceAll();
            }
            fill();
        } catch (RuntimeException e) {
            log.warn("Webhook dispatch failed; trying again at the next wake", e);
        }
    }

    /** Queues what every endpoint not paused has not been told yet (a turn's worth; wakes again for the rest). */
    void advanceAll() {
        for (UUID webhook : endpoints.active()) {
            int pages = 0;
            while (advancer.advance(webhook)) {
                if (++pages == PAGES_PER_TURN) {
                    advanceWanted.set(true);
                    schedule();
                    break;
                }
            }
        }
    }

    private void fill() {
        while (senders.tryAcquire()) {
            Optional<DeliveryQueue.Claimed> claimed = claim();
            if (claimed.isEmpty()) {
                senders.release();
                return;
            }
            try {
                pool.execute(() -> send(claimed.get()));
            } catch (RejectedExecutionException stopping) {
                senders.release(); // its lease lapses and the next start sends it
                return;
            }
        }
    }

    private void send(DeliveryQueue.Claimed claimed) {
        try {
            attempts.attempt(claimed);
        } catch (RuntimeException e) {
            log.warn("Webhook delivery {} failed unexpectedly; it is due again when its claim lapses", claimed.id(), e);
        } finally {
            senders.release();
            schedule();
        }
    }

    private Optional<DeliveryQueue.Claimed> claim() {
        var now = clock.instant();
        return queue.claim(now, attempts.leaseFrom(now));
    }

    /** Sends, on the calling thread one after the other, every delivery due now; how many. For tests and tools. */
    int deliverDue() {
        AtomicInteger sent = new AtomicInteger();
        for (Optional<DeliveryQueue.Claimed> c = claim(); c.isPresent(); c = claim()) {
            attempts.attempt(c.get());
            sent.incrementAndGet();
        }
        return sent.get();
    }

    @Override
    public void start() {
        pump = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("sipar-webhook-pump").daemon().factory());
        pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("sipar-webhook-", 1).daemon().factory());
        running = true;
        signal.onWake(this::wake);
        wake(); // what was queued before a stop or a crash is due now
    }

    @Override
    public void stop() {
        running = false;
        pump.shutdownNow();
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
