package org.sipar.platform.mail;

import java.time.Clock;
import java.time.Duration;
import org.sipar.platform.PeriodicWork;
import org.springframework.stereotype.Component;

/**
 * The cluster's turn at the outbox: wakes the pump for retries that fell due and for mail that a lost wake or a
 * node that died left queued, and forgets sent mail older than {@code sipar.mail.keep-sent}.
 */
@Component
class MailSweep implements PeriodicWork {

    private final MailPump pump;
    private final MailQueue queue;
    private final MailSettings settings;
    private final Clock clock;

    MailSweep(MailPump pump, MailQueue queue, MailSettings settings, Clock clock) {
        this.pump = pump;
        this.queue = queue;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "platform.mail-sweep";
    }

    @Override
    public Duration every() {
        return settings.sweepEvery();
    }

    @Override
    public Duration firstAfter() {
        return settings.sweepEvery();
    }

    @Override
    public void run() {
        queue.forgetSent(clock.instant().minus(settings.keepSent()));
        pump.wake();
    }
}
