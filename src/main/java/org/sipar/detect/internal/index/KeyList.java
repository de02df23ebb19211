package org.sipar.detect.internal.index;

import it.unimi.dsi.fastutil.bytes.ByteArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import java.nio.charset.StandardCharsets;

/**
 * A growable list of keys in primitive arrays: per key its fingerprint, one int (the ordinal when building, the
 * probe's owner when looking up) and where its bytes lie in one shared byte list (a kind tag and the value; keys
 * may share bytes, as a domain name's parents do). Builders and probes share it so that a key is written, and
 * fingerprinted, in exactly one way.
 */
final class KeyList {

    private final LongArrayList fingerprints = new LongArrayList();
    private final IntArrayList values = new IntArrayList();
    /** Key i is bytes[starts[i], ends[i]); a key that fits in its fingerprint has no bytes. */
    private final IntArrayList starts = new IntArrayList();
    private final IntArrayList ends = new IntArrayList();
    private final ByteArrayList bytes = new ByteArrayList();

    void addLong(long key, int value) {
        push(Fingerprint.ofLong(key), bytes.size(), bytes.size(), value);
    }

    void addBytes(byte tag, byte[] key, int value) {
        int from = reserve(1 + key.length);
        bytes.elements()[from] = tag;
        System.arraycopy(key, 0, bytes.elements(), from + 1, key.length);
        fingerprintAndPush(from, value);
    }

    void addLongs(byte tag, int prefixLength, long high, long low, int value) {
        int prefixBytes = prefixLength >= 0 ? 1 : 0;
        int from = reserve(1 + prefixBytes + 2 * Long.BYTES);
        byte[] elements = bytes.elements();
        elements[from] = tag;
        if (prefixBytes == 1) {
            elements[from + 1] = (byte) prefixLength;
        }
        for (int i = 0; i < Long.BYTES; i++) {
            elements[from + 1 + prefixBytes + i] = (byte) (high >>> (56 - 8 * i));
            elements[from + 1 + prefixBytes + Long.BYTES + i] = (byte) (low >>> (56 - 8 * i));
        }
        fingerprintAndPush(from, value);
    }

    void addString(byte tag, String key, int value) {
        addBytes(tag, key.getBytes(StandardCharsets.UTF_8), value);
    }

    /** Writes the ASCII {@code name}; answers where it starts. Keys are then added on its bytes. */
    int appendName(String name) {
        int from = reserve(name.length());
        byte[] elements = bytes.elements();
        for (int i = 0; i < name.length(); i++) {
            elements[from + i] = (byte) name.charAt(i);
        }
        return from;
    }

    /** A key on bytes already written, fingerprinted by the caller. */
    void addWritten(long fingerprint, int from, int to, int value) {
        push(fingerprint, from, to, value);
    }

    /** A key whose fingerprint was computed elsewhere (tests force 64-bit collisions with it). */
    void addFingerprinted(long fingerprint, byte tag, byte[] key, int value) {
        int from = reserve(1 + key.length);
        bytes.elements()[from] = tag;
        System.arraycopy(key, 0, bytes.elements(), from + 1, key.length);
        push(fingerprint, from, bytes.size(), value);
    }

    private int reserve(int length) {
        int from = bytes.size();
        if (from + length > bytes.elements().length) { // size(int) alone grows to the exact size: quadratic copying
            bytes.ensureCapacity((int) Math.min(Integer.MAX_VALUE - 8, Math.max(16L, 2L * (from + length))));
        }
        bytes.size(from + length);
        return from;
    }

    private void fingerprintAndPush(int from, int value) {
        push(Fingerprint.ofBytes(bytes.elements(), from, bytes.size() - from), from, bytes.size(), value);
    }

    private void push(long fingerprint, int from, int to, int value) {
        fingerprints.add(fingerprint);
        values.add(value);
        starts.add(from);
        ends.add(to);
    }

    void clear() {
        fingerprints.clear();
        values.clear();
        starts.clear();
        ends.clear();
        bytes.clear();
    }

    int size() {
        return fingerprints.size();
    }

    long[] fingerprints() {
        return fingerprints.elements();
    }

    int[] values() {
        return values.elements();
    }

    int[] starts() {
        return starts.elements();
    }

    int[] ends() {
        return ends.elements();
    }

    byte[] bytes() {
        return bytes.elements();
    }
}
