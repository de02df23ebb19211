package org.sipar.detect.internal.index;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The snapshot that matching reads now. Publishing is one atomic reference swap: the snapshot's arrays are fully
 * built and never written afterwards, and the swap's volatile write orders their contents before any reader's
 * volatile read of the new reference, so a reader sees either the old generation or the whole new one, never a
 * part. Readers never wait; the old snapshot is collected once the last batch reading it is done.
 */
public final class LiveIndex {

    private final AtomicReference<IndexSnapshot> current;

    public LiveIndex(IndexSnapshot initial) {
        this.current = new AtomicReference<>(initial);
    }

    public IndexSnapshot current() {
        return current.get();
    }

    /** Swaps {@code next} in; refuses a generation not newer than the current one, which a slower build could bring. */
    public void publish(IndexSnapshot next) {
        IndexSnapshot previous = current.getAndUpdate(now -> next.generation() > now.generation() ? next : now);
        if (next.generation() <= previous.generation()) {
            throw new IllegalStateException("snapshot generation " + next.generation()
                    + " is not newer than the published generation " + previous.generation());
        }
    }
}
