package org.sipar.detect.internal.index;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.SplittableRandom;

/**
 * 64-bit fingerprints of keys. Keys that fit in 64 bits (an IPv4 address with its tag, an IPv4 network with its
 * prefix length) go through a bijection, so their fingerprint identifies them exactly and needs no stored bytes;
 * longer keys are hashed and verified against their bytes on a hit. The seed is drawn per process, because
 * fingerprints live only in memory and a fixed seed would let a feed choose values that all land on one slot.
 */
final class Fingerprint {

    /** 0 marks an empty slot: no key ever gets it. */
    static final long EMPTY = 0L;

    private static final long SEED = new SplittableRandom().nextLong();
    /** A 64-bit key that no caller produces (tags are small), whose image is shifted onto {@link #EMPTY}. */
    private static final long RESERVED_KEY = -1L;
    private static final long RESERVED_IMAGE = mix(RESERVED_KEY ^ SEED);
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private Fingerprint() {
    }

    /** The exact fingerprint of a key of at most 64 bits; never {@link #EMPTY} because {@code key} is never -1. */
    static long ofLong(long key) {
        return mix(key ^ SEED) ^ RESERVED_IMAGE;
    }

    /** The fingerprint of {@code length} bytes of {@code bytes} from {@code from}: a word-wise hash, never EMPTY. */
    static long ofBytes(byte[] bytes, int from, int length) {
        long h = SEED ^ (length * 0x9E3779B97F4A7C15L);
        int at = from;
        int end = from + length;
        for (; at + Long.BYTES <= end; at += Long.BYTES) {
            h = mix(h ^ (long) LONGS.get(bytes, at));
        }
        long tail = 0;
        for (int shift = 0; at < end; at++, shift += 8) {
            tail |= (bytes[at] & 0xFFL) << shift;
        }
        long fingerprint = mix(h ^ tail);
        return fingerprint == EMPTY ? 1L : fingerprint;
    }

    /**
     * A byte-wise hash run from a key's last byte back to its first, so that every suffix's hash is passed on the
     * way (a domain's parents); the seed and the final {@link #mix} keep it from being chosen, verification from
     * trusting it.
     */
    static long backwardStart() {
        return SEED;
    }

    static long backwardStep(long hash, byte b) {
        return (hash ^ (b & 0xFF)) * 0x100000001B3L;
    }

    /** The fingerprint of what {@code hash} has seen, as a key of {@code kind} (one constant per kind of key). */
    static long backwardFinish(long hash, long kind) {
        long fingerprint = mix(hash ^ kind);
        return fingerprint == EMPTY ? 1L : fingerprint;
    }

    /** The slot where a fingerprint starts its search: monotone in the unsigned fingerprint, so sorted keys stay sorted. */
    static int home(long fingerprint, int capacity) {
        return (int) Math.unsignedMultiplyHigh(fingerprint, capacity);
    }

    /** MurmurHash3's 64-bit finaliser: a bijection that spreads every input bit over the output. */
    static long mix(long x) {
        x = (x ^ (x >>> 33)) * 0xFF51AFD7ED558CCDL;
        x = (x ^ (x >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return x ^ (x >>> 33);
    }
}
