package org.sipar.intel.internal;

import java.util.concurrent.CompletableFuture;

/**
 * A batch's place in its import's order: batches are stored side by side, but each accounts for itself in
 * the import's report only after the batch before it did, so the saved report always covers a prefix of
 * the input. Carries the number of objects processed as of the predecessor's report.
 */
final class Turn {

    private final CompletableFuture<Long> previous;
    private final CompletableFuture<Long> accounted = new CompletableFuture<>();

    Turn(CompletableFuture<Long> previous) {
        this.previous = previous;
    }

    static Turn first() {
        return new Turn(CompletableFuture.completedFuture(0L));
    }

    /** Waits for the batch before to be accounted for; fails if it failed. Returns its processed count. */
    long awaitPrevious() {
        return previous.join();
    }

    void accounted(long processed) {
        accounted.complete(processed);
    }

    void failed(Throwable cause) {
        accounted.completeExceptionally(cause);
    }

    /** The turn of the batch after this one. */
    Turn next() {
        return new Turn(accounted);
    }
}
