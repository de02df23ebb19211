package org.sipar.detect.internal.retro;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.LongArrayList;

/**
 * What one organisation's telemetry carried on one day since the last flush, as it came (repeats and all). Drained
 * once: after that it refuses more, and the writer starts a new buffer, so no value slips in after the drain.
 */
final class DayBuffer {

    private final LongArrayList fingerprints = new LongArrayList();
    private final IntArrayList addresses = new IntArrayList();
    private boolean drained;

    /** Adds the values, unless this buffer has been drained (then the caller adds them to a new one). */
    synchronized boolean add(LongArrayList moreFingerprints, IntArrayList moreAddresses) {
        if (drained) {
            return false;
        }
        fingerprints.addAll(moreFingerprints);
        addresses.addAll(moreAddresses);
        return true;
    }

    /** The values held, sorted and distinct; the buffer takes no more. */
    DayValues drain() {
        long[] heldFingerprints;
        int[] heldAddresses;
        synchronized (this) {
            drained = true;
            heldFingerprints = fingerprints.toLongArray();
            heldAddresses = addresses.toIntArray();
        }
        return new DayValues(SortedArrays.distinct(heldFingerprints), SortedArrays.distinct(heldAddresses));
    }
}
