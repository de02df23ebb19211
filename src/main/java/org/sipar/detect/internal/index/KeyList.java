package org.sipar.detect.internal.index;

import it.unimi.dsi.fastutil.bytes.ByteArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import java.nio.charset.StandardCharsets;

/**
 * A growable list of keys in primitive arrays: per key its fingerprint, one int (the ordinal when building, the
 * probe's owner when looking up) and its bytes, a kind tag first, in one shared byte list. Builders and probes
 * share it so that a key is written, and fingerprinted, in exactly one way.
 */
final class KeyList {

    private final LongArrayList fingerprints = new LongArrayList();
    private final IntArrayList values = new IntArrayList();
    /** Key i is bytes[bounds[i], bounds[i + 1]); a key that fits in its fingerprint has no bytes. */
    private final IntArrayList bounds = IntArrayList.of(0);
    private final ByteArrayList bytes = new ByteArrayList();

    void addLong(long key, int value) {
        push(Fingerprint.ofLong(key), value);
    }

    void addBytes(byte tag, byte[] key, int value) {
        int from = open(tag);
        bytes.addElements(bytes.size(), key);
        close(from, value);
    }

    void addLongs(byte tag, int prefixLength, long high, long low, int value) {
        int from = open(tag);
        if (prefixLength >= 0) {
            bytes.add((byte) prefixLength);
        }
        for (int shift = 56; shift >= 0; shift -= 8) {
            bytes.add((byte) (high >>> shift));
        }
        for (int shift = 56; shift >= 0; shift -= 8) {
            bytes.add((byte) (low >>> shift));
        }
        close(from, value);
    }

    void addString(byte tag, String key, int value) {
        int from = open(tag);
        bytes.addElements(bytes.size(), key.getBytes(StandardCharsets.UTF_8));
        close(from, value);
    }

    /** The ASCII characters of {@code name} from {@code start}: a canonical domain name or one of its parents. */
    void addAsciiSuffix(byte tag, String name, int start, int value) {
        int from = open(tag);
        for (int i = start; i < name.length(); i++) {
            bytes.add((byte) name.charAt(i));
        }
        close(from, value);
    }

    /** A key whose fingerprint was computed elsewhere (tests force 64-bit collisions with it). */
    void addFingerprinted(long fingerprint, byte tag, byte[] key, int value) {
        open(tag);
        bytes.addElements(bytes.size(), key);
        push(fingerprint, value);
    }

    private int open(byte tag) {
        int from = bytes.size();
        bytes.add(tag);
        return from;
    }

    private void close(int from, int value) {
        push(Fingerprint.ofBytes(bytes.elements(), from, bytes.size() - from), value);
    }

    private void push(long fingerprint, int value) {
        fingerprints.add(fingerprint);
        values.add(value);
        bounds.add(bytes.size());
    }

    void clear() {
        fingerprints.clear();
        values.clear();
        bounds.size(1);
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

    int[] bounds() {
        return bounds.elements();
    }

    byte[] bytes() {
        return bytes.elements();
    }
}
