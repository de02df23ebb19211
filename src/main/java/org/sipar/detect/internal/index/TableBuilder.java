package org.sipar.detect.internal.index;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.longs.LongArrays;
import java.util.Arrays;

/**
 * Builds a {@link FingerprintTable} from a {@link KeyList} of (key, ordinal): sorts by unsigned fingerprint, groups
 * equal keys (several ordinals of one value share one slot), and lays the groups out in order from their home slots.
 */
final class TableBuilder {

    /** High, because sorted order keeps searches short at any load; 0.85 keeps IPv4 within the memory goal. */
    static final double LOAD_FACTOR = 0.85;

    private final KeyList list;
    private final int[] order;
    /** Group g is order[groupStarts[g], groupStarts[g + 1]): entries with one and the same key. */
    private final IntArrayList groupStarts = new IntArrayList();

    private TableBuilder(KeyList list) {
        this.list = list;
        this.order = sortedOrder(list);
    }

    static FingerprintTable build(KeyList list) {
        return new TableBuilder(list).build();
    }

    private static int[] sortedOrder(KeyList list) {
        int n = list.size();
        long[] signedOrder = new long[n];
        long[] fingerprints = list.fingerprints();
        for (int i = 0; i < n; i++) {
            signedOrder[i] = fingerprints[i] ^ Long.MIN_VALUE; // signed order of these is unsigned order of fingerprints
        }
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        LongArrays.radixSortIndirect(order, signedOrder, true);
        return order;
    }

    private FingerprintTable build() {
        long arenaLength = group();
        int keys = groupStarts.size() - 1;
        int capacity = Math.max(1, (int) Math.ceil(keys / LOAD_FACTOR));
        int[] slots = place(keys, capacity);
        int slotCount = Math.max(capacity, keys == 0 ? 0 : slots[keys - 1] + 1) + 1; // a last empty slot ends every search
        if (arenaLength > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("key bytes " + arenaLength + " exceed one arena of 2 GiB; split the index");
        }
        return new TableFiller(list, order, groupStarts, slots, slotCount, (int) arenaLength).fill(capacity);
    }

    /** Fills {@link #groupStarts}; answers the arena's length (the distinct keys' bytes). */
    private long group() {
        long[] fingerprints = list.fingerprints();
        long arenaLength = 0;
        for (int i = 0; i < order.length; ) {
            int end = i + 1;
            while (end < order.length && fingerprints[order[end]] == fingerprints[order[i]]) {
                end++;
            }
            if (end - i > 1) {
                IntArrays.quickSort(order, i, end, this::compareKeys);
            }
            for (int j = i; j < end; j++) {
                if (j == i || compareKeys(order[j - 1], order[j]) != 0) {
                    groupStarts.add(j);
                    arenaLength += keyLength(order[j]);
                }
            }
            i = end;
        }
        groupStarts.add(order.length);
        return arenaLength;
    }

    /** Each group's slot: its home, or the slot after the previous group's when that is taken. */
    private int[] place(int keys, int capacity) {
        int[] slots = new int[keys];
        int next = 0;
        for (int g = 0; g < keys; g++) {
            int home = Fingerprint.home(list.fingerprints()[order[groupStarts.getInt(g)]], capacity);
            slots[g] = Math.max(home, next);
            next = slots[g] + 1;
        }
        return slots;
    }

    private int compareKeys(int a, int b) {
        int[] starts = list.starts();
        int[] ends = list.ends();
        return Arrays.compare(list.bytes(), starts[a], ends[a], list.bytes(), starts[b], ends[b]);
    }

    private int keyLength(int entry) {
        return list.ends()[entry] - list.starts()[entry];
    }
}
