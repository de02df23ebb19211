package org.sipar.detect.internal.index;

/**
 * Exact values (IPv4 and IPv6 addresses, MD5/SHA-1/SHA-256/SHA-512 digests, canonical strings such as URLs and
 * e-mail addresses) mapped to indicator ordinals; one value may have several. Immutable: build a new one aside
 * with a {@link Builder}. An IPv4 address is identified exactly by its fingerprint; every other value is verified
 * against its stored bytes, so a 64-bit collision never makes a false match.
 */
public final class ExactIndex {

    private final FingerprintTable table;

    private ExactIndex(FingerprintTable table) {
        this.table = table;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every match of the batch, chunk by chunk with the probes' memory accesses overlapped. */
    public void lookup(Probes probes, MatchSink sink) {
        Pipeline.lookup(table, probes, sink);
    }

    /** The same matches, probe after probe (for comparison; {@link #lookup} is faster on a large index). */
    public void lookupEach(Probes probes, MatchSink sink) {
        Pipeline.lookupEach(table, probes, sink);
    }

    /** Distinct values held. */
    public int values() {
        return table.keys();
    }

    /** (value, ordinal) pairs held. */
    public int entries() {
        return table.entries();
    }

    /** Heap bytes of the index's arrays. */
    public long bytes() {
        return table.bytes();
    }

    /** Collects (value, ordinal) pairs; not thread-safe, and reusable after {@link #build()}. */
    public static final class Builder {

        private final KeyList keys = new KeyList();

        private Builder() {
        }

        public Builder ipv4(int address, int ordinal) {
            ExactKeys.ipv4(keys, address, Ordinals.check(ordinal));
            return this;
        }

        public Builder ipv6(long high, long low, int ordinal) {
            ExactKeys.ipv6(keys, high, low, Ordinals.check(ordinal));
            return this;
        }

        public Builder hash(KeyKind kind, byte[] digest, int ordinal) {
            ExactKeys.hash(keys, kind, digest, Ordinals.check(ordinal));
            return this;
        }

        public Builder string(KeyKind kind, String canonical, int ordinal) {
            ExactKeys.string(keys, kind, canonical, Ordinals.check(ordinal));
            return this;
        }

        public ExactIndex build() {
            return new ExactIndex(TableBuilder.build(keys));
        }
    }
}
