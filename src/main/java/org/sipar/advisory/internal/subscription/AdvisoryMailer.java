package org.sipar.advisory.internal.subscription;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sipar.advisory.AdvisoryPublished;
import org.sipar.advisory.internal.PublishedDocument;
import org.sipar.advisory.internal.PublishedDocuments;
import org.sipar.advisory.internal.subscription.SubscriptionTokens.Purpose;
import org.sipar.platform.Outbox;
import org.sipar.sharing.Reader;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails each published revision to the immediate subscribers who may read it: after the publishing transaction
 * committed, in a transaction of its own that queues the mails with the record of having sent them, so that a
 * redelivered event sends nothing twice. Who may read it is the sharing policy's answer for the subscriber as
 * they are now (the documents are read through {@link PublishedDocuments}, never past it).
 */
@Component
class AdvisoryMailer {

    private final SubscriptionStore store;
    private final SubscriptionTokens tokens;
    private final SubscriberReaders recipients;
    private final PublishedDocuments documents;
    private final SubscriptionMails mails;
    private final Outbox outbox;
    private final Clock clock;

    AdvisoryMailer(SubscriptionStore store, SubscriptionTokens tokens, SubscriberReaders recipients, PublishedDocuments documents,
                   SubscriptionMails mails, Outbox outbox, Clock clock) {
        this.store = store;
        this.tokens = tokens;
        this.recipients = recipients;
        this.documents = documents;
        this.mails = mails;
        this.outbox = outbox;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(AdvisoryPublished published) {
        Map<Reader, List<PublishedDocument>> visible = new HashMap<>();
        for (Subscription s : store.confirmed(Delivery.IMMEDIATE)) {
            recipients.of(s).ifPresent(r -> {
                List<PublishedDocument> docs = visible.computeIfAbsent(r.reader(),
                        reader -> documents.advisory(reader, published.trackingId()).stream()
                                .filter(d -> d.advisoryId().equals(published.advisoryId()) && d.revision() == published.revision())
                                .toList());
                inLanguage(docs, s.lang()).filter(d -> s.audiences().contains(d.audience()))
                        .ifPresent(d -> send(s, r.email(), d));
            });
        }
    }

    private void send(Subscription s, String to, PublishedDocument d) {
        Instant now = clock.instant();
        if (tokens.markSent(s.id(), d.advisoryId(), d.revision(), now)) {
            String unsubscribe = tokens.issue(s.id(), Purpose.UNSUBSCRIBE, null);
            MailItem item = MailItem.of(d, s.lang(), mails.page(d.trackingId(), s.lang()));
            outbox.queue(mails.advisories(s, to, List.of(item), false, unsubscribe));
        }
    }

    /** The document in {@code lang} if there is one, else the English one. */
    static Optional<PublishedDocument> inLanguage(List<PublishedDocument> docs, String lang) {
        return docs.stream().filter(d -> d.lang().equals(lang)).findFirst()
                .or(() -> docs.stream().filter(d -> d.lang().equals("en")).findFirst());
    }
}
