package org.sipar.detect.internal.index;

import java.util.Arrays;

/**
 * Immutable open addressing over primitive arrays, with the occupied slots in ascending unsigned fingerprint order
 * (linear probing in sorted order, as Robin Hood hashing lays it out): a search stops at the first empty slot or
 * larger fingerprint, so a miss, the common case in telemetry, ends after a few slots of one cache line even at a
 * high load. Per slot two longs side by side, so that a hit finds its payload in the line it has already loaded:
 * the fingerprint, then the ordinal (or {@code -(1 + start)} of a run {@code count, ordinal...} in {@code overflow}
 * for a value with several ordinals) in the high half and where its key bytes start in the {@code arena} in the low
 * half. No object per key; built by {@link TableBuilder}.
 */
final class FingerprintTable {

    private final int capacity;
    /** Slot s: [2s] its fingerprint, [2s + 1] its payload and key start (so its key ends where slot s + 1's starts). */
    private final long[] slots;
    private final int[] overflow;
    private final byte[] arena;
    private final int keys;
    private final int entries;

    FingerprintTable(int capacity, long[] slots, int[] overflow, byte[] arena, int keys, int entries) {
        this.capacity = capacity;
        this.slots = slots;
        this.overflow = overflow;
        this.arena = arena;
        this.keys = keys;
        this.entries = entries;
    }

    int home(long fingerprint) {
        return Fingerprint.home(fingerprint, capacity);
    }

    long fingerprintAt(int slot) {
        return slots[2 * slot];
    }

    /** The first slot holding {@code fingerprint}, searching from {@code slot} whose fingerprint {@code seen} was read. */
    int scan(long fingerprint, int slot, long seen) {
        while (seen != Fingerprint.EMPTY && Long.compareUnsigned(seen, fingerprint) < 0) {
            seen = slots[2 * ++slot];
        }
        return seen == fingerprint ? slot : -1;
    }

    int find(long fingerprint) {
        int slot = home(fingerprint);
        return scan(fingerprint, slot, slots[2 * slot]);
    }

    int payloadAt(int slot) {
        return (int) (slots[2 * slot + 1] >> 32);
    }

    int keyStartAt(int slot) {
        return (int) slots[2 * slot + 1];
    }

    /** The arena's byte at {@code offset}, or 0 past its end (where the empty keys of the last slots start). */
    byte arenaAt(int offset) {
        return offset < arena.length ? arena[offset] : 0;
    }

    /** Whether slot's key is exactly {@code key[from, to)}; keys that live in their fingerprint have no bytes. */
    boolean keyMatches(int slot, byte[] key, int from, int to) {
        return Arrays.equals(arena, keyStartAt(slot), keyStartAt(slot + 1), key, from, to);
    }

    /** The slot after {@code slot} when it holds the same fingerprint (another key, a 64-bit collision), else -1. */
    int sameFingerprintAfter(int slot) {
        return slots[2 * slot + 2] == slots[2 * slot] ? slot + 1 : -1;
    }

    void emit(int payload, int owner, MatchSink sink) {
        if (payload >= 0) {
            sink.match(owner, payload);
            return;
        }
        int start = -1 - payload;
        for (int i = start + 1, end = start + 1 + overflow[start]; i < end; i++) {
            sink.match(owner, overflow[i]);
        }
    }

    /** Distinct keys held. */
    int keys() {
        return keys;
    }

    /** (key, ordinal) pairs held. */
    int entries() {
        return entries;
    }

    /** Heap bytes of the arrays (their lengths times element sizes; array headers are left out). */
    long bytes() {
        return 8L * slots.length + 4L * overflow.length + arena.length;
    }
}
