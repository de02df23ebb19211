package org.sipar.advisory.internal.subscription;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sipar.advisory.internal.subscription.SubscriptionTokens.Purpose;
import org.sipar.identity.CurrentUser;
import org.sipar.platform.Audit;
import org.sipar.platform.NotFound;
import org.sipar.platform.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscribing with double opt-in: a request only queues a confirmation mail (nothing else is ever sent to an
 * address that did not confirm), and answers the same whether or not the address was known, so that the form
 * tells nobody who subscribes. Asking again too soon, for one address or from one IP address, sends nothing.
 * Confirming, unsubscribing and a member's changes are audited by the subscription's id, never its address.
 */
@Service
public class Subscriptions {

    private static final Logger log = LoggerFactory.getLogger(Subscriptions.class);
    private final SubscriptionStore store;
    private final SubscriptionTokens tokens;
    private final SubscriptionMails mails;
    private final Outbox outbox;
    private final Audit audit;
    private final SubscriptionSettings settings;
    private final Clock clock;

    Subscriptions(SubscriptionStore store, SubscriptionTokens tokens, SubscriptionMails mails, Outbox outbox, Audit audit,
                  SubscriptionSettings settings, Clock clock) {
        this.store = store;
        this.tokens = tokens;
        this.mails = mails;
        this.outbox = outbox;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** Asks for {@code request} as {@code member} (null for the public) from {@code source}; sends a confirmation link. */
    @Transactional
    public void request(SubscriptionRequest request, CurrentUser member, String source) {
        Subscription s = request.pending(member);
        Instant now = clock.instant();
        if (store.requestedSince(s.email(), now.minus(settings.addressPause()))
                || source != null && store.requestsFrom(source, now.minus(settings.sourceWindow())) >= settings.requestsPerSource()) {
            log.info("A subscription request sent no confirmation: its address or its source asked too recently");
            return;
        }
        store.addPending(s, now, source);
        String token = tokens.issue(s.id(), Purpose.CONFIRM, now.plus(settings.confirmationValidity()));
        outbox.queue(mails.confirmation(s, token));
    }

    /** Confirms the subscription of confirmation {@code token}; empty when the token is unknown, used or expired. */
    @Transactional
    public Optional<Subscription> confirm(String token) {
        Instant now = clock.instant();
        return tokens.redeem(token, Purpose.CONFIRM, now).flatMap(store::lock).filter(s -> "PENDING".equals(s.state()))
                .map(s -> {
                    store.confirm(s, now);
                    audit.record("advisory.subscription.confirm", s.id().toString(), Map.of("audiences", names(s),
                            "lang", s.lang(), "delivery", s.delivery().name(), "member", s.member()));
                    return s;
                });
    }

    /** Whether {@code token} is a confirmation link that still works, for the page that asks to confirm. */
    public boolean confirmable(String token) {
        return tokens.peek(token, Purpose.CONFIRM, clock.instant()).isPresent();
    }

    /** Whether {@code token} is an unsubscription link of ours, for the page that asks to unsubscribe. */
    public boolean unsubscribable(String token) {
        return tokens.peek(token, Purpose.UNSUBSCRIBE, clock.instant()).isPresent();
    }

    /** Ends the subscription of unsubscription {@code token} (again and again: it stays ended); empty for unknown tokens. */
    @Transactional
    public Optional<Subscription> unsubscribe(String token) {
        return tokens.redeem(token, Purpose.UNSUBSCRIBE, clock.instant()).flatMap(store::lock).map(s -> {
            if (!"ENDED".equals(s.state())) {
                end(s, "link");
            }
            return s;
        });
    }

    /** {@code member}'s subscriptions, live and pending. */
    public List<Subscription> of(CurrentUser member) {
        return store.ofPerson(member.personId());
    }

    @Transactional
    public void changeDelivery(CurrentUser member, UUID id, Delivery delivery) {
        Subscription s = own(member, id);
        store.changeDelivery(s.id(), delivery, clock.instant());
        audit.record("advisory.subscription.delivery", s.id().toString(), Map.of("delivery", delivery.name()));
    }

    @Transactional
    public void end(CurrentUser member, UUID id) {
        end(own(member, id), "account");
    }

    private void end(Subscription s, String how) {
        store.end(s.id(), clock.instant());
        audit.record("advisory.subscription.end", s.id().toString(), Map.of("how", how));
    }

    private Subscription own(CurrentUser member, UUID id) {
        return store.lock(id).filter(s -> member.personId().equals(s.personId()) && !"ENDED".equals(s.state()))
                .orElseThrow(() -> new NotFound("subscription", id.toString()));
    }

    private static String names(Subscription s) {
        return s.audienceList().stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
