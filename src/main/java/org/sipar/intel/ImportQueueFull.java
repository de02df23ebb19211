package org.sipar.intel;

/**
 * A submission was refused: {@code sipar.intel.import-queue-capacity} imports wait already. Nothing of it was
 * kept; the caller may try again later ({@link #retryAfterSeconds()} is a fair pause).
 */
public final class ImportQueueFull extends RuntimeException {

    private final int capacity;

    public ImportQueueFull(int capacity) {
        super("The import queue is full: " + capacity + " imports wait already; try again later");
        this.capacity = capacity;
    }

    /** How many imports may wait at once. */
    public int capacity() {
        return capacity;
    }

    /** A fair pause before trying again, in seconds. */
    public int retryAfterSeconds() {
        return 30;
    }
}
