package org.sipar.detect.internal.retro;

import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.longs.LongArrays;
import java.util.Arrays;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/**
 * Sorted arrays of distinct values: made from a buffer, merged, and searched for many sorted probes at once. The
 * probes gallop from where the last one stopped, so a few probes cost a binary search each and many cost about
 * one pass: {@code O(p log(n / p))} for {@code p} probes into {@code n} values.
 */
final class SortedArrays {

    private SortedArrays() {
    }

    /** {@code values} sorted and without repeats (sorted in place). */
    static long[] distinct(long[] values) {
        LongArrays.radixSort(values);
        int kept = 0;
        for (int i = 0; i < values.length; i++) {
            if (i == 0 || values[i] != values[kept - 1]) {
                values[kept++] = values[i];
            }
        }
        return kept == values.length ? values : Arrays.copyOf(values, kept);
    }

    static int[] distinct(int[] values) {
        IntArrays.radixSort(values);
        int kept = 0;
        for (int i = 0; i < values.length; i++) {
            if (i == 0 || values[i] != values[kept - 1]) {
                values[kept++] = values[i];
            }
        }
        return kept == values.length ? values : Arrays.copyOf(values, kept);
    }

    /** The values of both, sorted and distinct. */
    static long[] union(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) {
            return a.length == 0 ? b : a;
        }
        long[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return distinct(all);
    }

    static int[] union(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return a.length == 0 ? b : a;
        }
        int[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return distinct(all);
    }

    /** Tells each of the sorted {@code probes} that {@code values} holds. */
    static void common(long[] values, long[] probes, LongConsumer found) {
        int at = 0;
        for (long probe : probes) {
            at = from(values, at, probe);
            if (at == values.length) {
                return;
            }
            if (values[at] == probe) {
                found.accept(probe);
            }
        }
    }

    static void common(int[] values, int[] probes, IntConsumer found) {
        int at = 0;
        for (int probe : probes) {
            at = from(values, at, probe);
            if (at == values.length) {
                return;
            }
            if (values[at] == probe) {
                found.accept(probe);
            }
        }
    }

    /** Tells each value from {@code first} to {@code last} (inclusive) that {@code values} holds. */
    static void within(int[] values, int first, int last, IntConsumer found) {
        for (int at = from(values, 0, first); at < values.length && values[at] <= last; at++) {
            found.accept(values[at]);
        }
    }

    /** The first index from {@code start} whose value is at least {@code key}: gallops, then a binary search. */
    private static int from(long[] values, int start, long key) {
        int low = start;
        int high = start;
        for (int step = 1; high < values.length && values[high] < key; step <<= 1) {
            low = high + 1;
            high = low + step;
        }
        int at = Arrays.binarySearch(values, low, Math.min(high + 1, values.length), key);
        return at >= 0 ? at : -at - 1;
    }

    private static int from(int[] values, int start, int key) {
        int low = start;
        int high = start;
        for (int step = 1; high < values.length && values[high] < key; step <<= 1) {
            low = high + 1;
            high = low + step;
        }
        int at = Arrays.binarySearch(values, low, Math.min(high + 1, values.length), key);
        return at >= 0 ? at : -at - 1;
    }
}
