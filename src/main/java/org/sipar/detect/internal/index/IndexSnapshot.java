package org.sipar.detect.internal.index;

/**
 * One generation of the whole index: immutable, so any number of threads read it while the next generation is
 * built aside from scratch and then published through {@link LiveIndex} by swapping one reference. A reader takes
 * one snapshot for a whole batch and so sees one consistent generation.
 */
public record IndexSnapshot(long generation, ExactIndex exact, CidrIndex ranges, DomainIndex domains) {

    public IndexSnapshot {
        if (generation < 0) {
            throw new IllegalArgumentException("a snapshot's generation is never negative, got " + generation);
        }
        if (exact == null || ranges == null || domains == null) {
            throw new IllegalArgumentException("a snapshot needs all three indexes, got exact=" + exact
                    + ", ranges=" + ranges + ", domains=" + domains);
        }
    }

    public static IndexSnapshot empty() {
        return new IndexSnapshot(0, ExactIndex.builder().build(), CidrIndex.builder().build(), DomainIndex.builder().build());
    }

    /** Heap bytes of the three indexes' arrays. */
    public long bytes() {
        return exact.bytes() + ranges.bytes() + domains.bytes();
    }
}
