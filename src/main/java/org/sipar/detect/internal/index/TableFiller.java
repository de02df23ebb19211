package org.sipar.detect.internal.index;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.Arrays;

/** Writes the placed groups of a {@link TableBuilder} into the arrays of a {@link FingerprintTable}. */
final class TableFiller {

    private final KeyList list;
    private final int[] order;
    private final IntArrayList groupStarts;
    private final int[] groupSlots;
    private final long[] slots;
    private final byte[] arena;
    private final IntArrayList overflow = new IntArrayList();
    private final IntArrayList ordinals = new IntArrayList();
    private int arenaEnd;
    private int entries;

    TableFiller(KeyList list, int[] order, IntArrayList groupStarts, int[] groupSlots, int slotCount, int arenaLength) {
        this.list = list;
        this.order = order;
        this.groupStarts = groupStarts;
        this.groupSlots = groupSlots;
        this.slots = new long[2 * slotCount];
        this.arena = new byte[arenaLength];
    }

    FingerprintTable fill(int capacity) {
        int group = 0;
        for (int slot = 0; slot < slots.length / 2; slot++) {
            if (group < groupSlots.length && groupSlots[group] == slot) {
                fillSlot(slot, group++);
            } else {
                slots[2 * slot + 1] = arenaEnd; // empty slots have empty keys, so that key starts stay monotone
            }
        }
        return new FingerprintTable(capacity, slots, overflow.toIntArray(), arena,
                groupSlots.length, entries);
    }

    private void fillSlot(int slot, int group) {
        int first = order[groupStarts.getInt(group)];
        slots[2 * slot] = list.fingerprints()[first];
        int from = list.starts()[first];
        int length = list.ends()[first] - from;
        System.arraycopy(list.bytes(), from, arena, arenaEnd, length);
        int payload = payload(groupStarts.getInt(group), groupStarts.getInt(group + 1));
        slots[2 * slot + 1] = ((long) payload << 32) | arenaEnd;
        arenaEnd += length;
    }

    /** One ordinal as itself; several (sorted, each once) as a run in the overflow array. */
    private int payload(int from, int to) {
        ordinals.clear();
        for (int i = from; i < to; i++) {
            ordinals.add(list.values()[order[i]]);
        }
        int[] sorted = ordinals.elements();
        Arrays.sort(sorted, 0, ordinals.size());
        int distinct = 1;
        for (int i = 1; i < ordinals.size(); i++) {
            if (sorted[i] != sorted[distinct - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        entries += distinct;
        if (distinct == 1) {
            return sorted[0];
        }
        int start = overflow.size();
        overflow.add(distinct);
        overflow.addElements(start + 1, sorted, 0, distinct);
        return -1 - start;
    }
}
