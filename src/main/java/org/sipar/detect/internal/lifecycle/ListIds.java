package org.sipar.detect.internal.lifecycle;

import java.util.Arrays;

/** Small sorted sets of list indexes, as the values of the tables' maps (most values are on one list). */
final class ListIds {

    private ListIds() {
    }

    static int[] union(int[] a, int[] b) {
        int[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return Arrays.stream(both).sorted().distinct().toArray();
    }
}
