package org.sipar.advisory.internal.subscription;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.sipar.advisory.internal.DocumentQuery;
import org.sipar.advisory.internal.PublishedDocuments;
import org.sipar.advisory.internal.subscription.SubscriberReaders.Recipient;
import org.sipar.advisory.internal.subscription.SubscriptionTokens.Purpose;
import org.sipar.platform.Outbox;
import org.sipar.platform.PeriodicWork;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The members' daily digests: once a day per subscription, one mail with the advisories released since the last
 * digest that the member may read now, in their audiences and language, each revision at most once (a digest
 * cut short and run again sends nothing twice). A day without advisories sends nothing.
 */
@Component
class DailyDigest implements PeriodicWork {

    static final Duration DAY = Duration.ofDays(1);
    private static final int MOST = 100;
    private final SubscriptionStore store;
    private final SubscriptionTokens tokens;
    private final SubscriberReaders recipients;
    private final PublishedDocuments documents;
    private final SubscriptionMails mails;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DailyDigest(SubscriptionStore store, SubscriptionTokens tokens, SubscriberReaders recipients, PublishedDocuments documents,
                SubscriptionMails mails, Outbox outbox, TransactionTemplate transaction, Clock clock) {
        this.store = store;
        this.tokens = tokens;
        this.recipients = recipients;
        this.documents = documents;
        this.mails = mails;
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "advisory.subscription-digest";
    }

    @Override
    public Duration every() {
        return Duration.ofMinutes(15);
    }

    @Override
    public void run() {
        sendDue(clock.instant());
    }

    /** Sends the digests due at {@code now}, each in a transaction of its own. */
    void sendDue(Instant now) {
        for (Subscription s : store.digestsDue(now.minus(DAY))) {
            transaction.executeWithoutResult(t -> store.lock(s.id()).filter(Subscription::confirmed)
                    .ifPresent(locked -> digest(locked, now)));
        }
    }

    private void digest(Subscription s, Instant now) {
        recipients.of(s).ifPresent(r -> {
            List<MailItem> items = documents.latest(r.reader(), since(s)).stream()
                    .filter(d -> s.audiences().contains(d.audience()))
                    .filter(d -> tokens.markSent(s.id(), d.advisoryId(), d.revision(), now))
                    .map(d -> MailItem.of(d, s.lang(), mails.page(d.trackingId(), s.lang()))).toList();
            if (!items.isEmpty()) {
                send(s, r, items);
            }
        });
        store.digestSent(s.id(), now);
    }

    private void send(Subscription s, Recipient r, List<MailItem> items) {
        String unsubscribe = tokens.issue(s.id(), Purpose.UNSUBSCRIBE, null);
        outbox.queue(mails.advisories(s, r.email(), items, true, unsubscribe));
    }

    private static DocumentQuery since(Subscription s) {
        return new DocumentQuery(null, null, null, null, null, s.digestSince(), null, s.lang(), MOST, 0);
    }
}
