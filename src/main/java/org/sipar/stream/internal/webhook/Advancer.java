package org.sipar.stream.internal.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.sipar.intel.Change;
import org.sipar.intel.ChangePage;
import org.sipar.intel.Intelligence;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves an endpoint's cursor along the change log as its organisation may see it, queueing a delivery for every
 * change its filter admits in the same transaction as the move: a crash before the commit leaves both undone, after
 * it both done. The endpoint's row is locked meanwhile (skipped by another node that tries at once).
 */
@Component
class Advancer {

    static final int PAGE = 200;

    private final Intelligence intelligence;
    private final EndpointReaders readers;
    private final Endpoints endpoints;
    private final DeliveryQueue queue;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Advancer(Intelligence intelligence, EndpointReaders readers, Endpoints endpoints, DeliveryQueue queue,
             TransactionTemplate transactions, Clock clock) {
        this.intelligence = intelligence;
        this.readers = readers;
        this.endpoints = endpoints;
        this.queue = queue;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Reads one page after the endpoint's cursor; whether more changes follow it. */
    boolean advance(UUID webhook) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            Optional<Long> cursor = queue.lockCursor(webhook);
            Optional<Endpoint> endpoint = endpoints.find(webhook);
            if (cursor.isEmpty() || endpoint.isEmpty()) {
                return false;
            }
            ChangePage page = intelligence.changes(readers.of(endpoint.get()), cursor.get(), PAGE);
            Instant now = clock.instant();
            for (Change change : page.changes()) {
                if (endpoint.get().filter().admits(change)) {
                    queue.queue(webhook, change, Payloads.body(change, now), now);
                }
            }
            queue.moveCursor(webhook, page.next());
            return page.more();
        }));
    }

    /** The end of the change log as {@code endpoint}'s organisation sees it: where an endpoint told of news only starts. */
    long head(Endpoint endpoint) {
        long after = 0;
        ChangePage page;
        do {
            page = intelligence.changes(readers.of(endpoint), after, 1000);
            after = page.next();
        } while (page.more());
        return after;
    }
}
