package org.sipar.detect.internal.index;

/**
 * A caller's reusable batch of lookups and the scratch space to run them in, so that a lookup allocates nothing once
 * the batch has grown to its working size. Each probe carries an owner (the caller's number for the observation it
 * came from), handed back with every match. Not thread-safe: one per thread; the indexes themselves are shared.
 * A batch holds the probes of one index at a time: exact values added here, or those that
 * {@link CidrIndex#probeIpv4} and {@link DomainIndex#probe} add for their own index.
 */
public final class Probes {

    static final int CHUNK = 128;

    final KeyList keys = new KeyList();
    final int[] slots = new int[CHUNK];
    final long[] seen = new long[CHUNK];
    final int[] payloads = new int[CHUNK];
    final int[] keyStarts = new int[CHUNK];
    final byte[] firstBytes = new byte[CHUNK];

    public Probes clear() {
        keys.clear();
        return this;
    }

    public int size() {
        return keys.size();
    }

    public Probes ipv4(int owner, int address) {
        ExactKeys.ipv4(keys, address, owner);
        return this;
    }

    public Probes ipv6(int owner, long high, long low) {
        ExactKeys.ipv6(keys, high, low, owner);
        return this;
    }

    public Probes hash(int owner, KeyKind kind, byte[] digest) {
        ExactKeys.hash(keys, kind, digest, owner);
        return this;
    }

    public Probes string(int owner, KeyKind kind, String canonical) {
        ExactKeys.string(keys, kind, canonical, owner);
        return this;
    }
}
