package org.sipar.stream.internal.webhook;

import java.time.Clock;
import java.time.Duration;
import org.sipar.platform.PeriodicWork;
import org.springframework.stereotype.Component;

/**
 * The cluster's turn at the webhooks: wakes the dispatcher for the retries that fell due (and any change a lost wake
 * left unread), and forgets delivered messages older than {@code sipar.webhooks.keep-delivered}.
 */
@Component
class WebhookRetries implements PeriodicWork {

    private final WebhookDispatcher dispatcher;
    private final DeliveryQueue queue;
    private final WebhookSettings settings;
    private final Clock clock;

    WebhookRetries(WebhookDispatcher dispatcher, DeliveryQueue queue, WebhookSettings settings, Clock clock) {
        this.dispatcher = dispatcher;
        this.queue = queue;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "stream.webhook-retries";
    }

    @Override
    public Duration every() {
        return settings.pollEvery();
    }

    @Override
    public Duration firstAfter() {
        return settings.pollEvery();
    }

    @Override
    public void run() {
        queue.forgetDelivered(clock.instant().minus(settings.keepDelivered()));
        dispatcher.wake();
    }
}
