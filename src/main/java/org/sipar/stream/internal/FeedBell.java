package org.sipar.stream.internal;

import org.sipar.intel.IntelligenceChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rings {@link FeedSignal} once an intelligence change has committed. A plain listener that waits for the commit
 * itself rather than a transactional one: Spring Modulith stores a publication for every transactional listener,
 * but a wake carries nothing to lose (followers read the change log after their own position), so it need not
 * cost the writer a row.
 */
@Component
class FeedBell {

    private final FeedSignal signal;

    FeedBell(FeedSignal signal) {
        this.signal = signal;
    }

    @EventListener
    void changed(IntelligenceChanged event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            signal.wake();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                signal.wake();
            }
        });
    }
}
