package org.sipar.detect.internal.retro;

import java.util.Objects;

/**
 * The distinct values one organisation's telemetry carried on one day: {@code fingerprints} sorted (every value but
 * IPv4 addresses, and each domain name's parents as trees) and {@code addresses} the IPv4 ones as sorted
 * {@link Ipv4#sortable} ints. Never changed once made: a flush makes a new one.
 */
record DayValues(long[] fingerprints, int[] addresses) {

    static final DayValues EMPTY = new DayValues(new long[0], new int[0]);

    DayValues {
        Objects.requireNonNull(fingerprints, "fingerprints");
        Objects.requireNonNull(addresses, "addresses");
    }

    DayValues union(DayValues other) {
        return new DayValues(SortedArrays.union(fingerprints, other.fingerprints),
                SortedArrays.union(addresses, other.addresses));
    }

    /** How many values are kept: fingerprints and addresses. */
    long size() {
        return (long) fingerprints.length + addresses.length;
    }

    /** The bytes of the arrays' elements (not the two array headers). */
    long bytes() {
        return 8L * fingerprints.length + 4L * addresses.length;
    }

    boolean isEmpty() {
        return size() == 0;
    }
}
