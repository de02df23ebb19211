package org.sipar.platform.mail;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs the {@link Courier} on a thread of its own whenever there may be mail to send: when a transaction that
 * queued mail commits, when the sweep comes round, and at start (for what a stop or a crash left queued). Wakes
 * while it is sending make it look again once done, so none is lost; several at once make one round.
 */
@Component
class MailPump implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailPump.class);

    private final Courier courier;
    private final AtomicBoolean roundQueued = new AtomicBoolean();
    private volatile boolean running;
    private ExecutorService thread;

    private final MailSettings settings;

    MailPump(Courier courier, MailSettings settings) {
        this.courier = courier;
        this.settings = settings;
    }

    /** Looks for due mail soon, on the pump's thread. */
    void wake() {
        if (running && roundQueued.compareAndSet(false, true)) {
            try {
                thread.execute(this::round);
            } catch (RejectedExecutionException stopping) {
                roundQueued.set(false);
            }
        }
    }

    /** Wakes once the current transaction commits (never, if it rolls back); at once outside a transaction. */
    void wakeAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            wake();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wake();
            }
        });
    }

    private void round() {
        roundQueued.set(false);
        try {
            courier.sendDue();
        } catch (RuntimeException e) {
            log.warn("Sending mail failed; trying again at the next wake", e);
        }
    }

    @Override
    public void start() {
        thread = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("sipar-mail").daemon().factory());
        running = true;
        if (!courier.configured()) {
            log.info("No SMTP server is configured (spring.mail.host): mail is queued, not sent");
        } else if (MailSettings.DEFAULT_FROM.equals(settings.from())) {
            log.warn("Mail is sent from {}: set sipar.mail.from to an address the SMTP server may send as", settings.from());
        }
        wake();
    }

    @Override
    public void stop() {
        running = false;
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
