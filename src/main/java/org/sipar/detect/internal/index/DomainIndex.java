package org.sipar.detect.internal.index;

/**
 * Domain names mapped to indicator ordinals, each either exact or with its subdomains. A name matches its exact
 * entries and the with-subdomains entries of itself and of each parent, one probe per parent. Parents go up to and
 * including the top-level label, with no public suffix list: a with-subdomains entry on a public suffix means what
 * it says, and keeping such entries out is the warning lists' concern. Parents with a number of labels that no
 * with-subdomains entry has are not probed (counts of 63 labels and more are taken as one).
 */
public final class DomainIndex {

    private final FingerprintTable table;
    /** Bit n: some with-subdomains entry has n labels (bit 63: 63 or more). */
    private final long subtreeLabelCounts;

    private DomainIndex(FingerprintTable table, long subtreeLabelCounts) {
        this.table = table;
        this.subtreeLabelCounts = subtreeLabelCounts;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Adds to the batch the probes for the canonical {@code name}: itself, exact and with subdomains, and its parents. */
    public void probe(Probes probes, int owner, String name) {
        DomainKeys.labels(name);
        int from = probes.keys.appendName(name);
        DomainKeys.probe(probes.keys, from, from + name.length(), subtreeLabelCounts, owner);
    }

    public void lookup(Probes probes, MatchSink sink) {
        Pipeline.lookup(table, probes, sink);
    }

    public void lookupEach(Probes probes, MatchSink sink) {
        Pipeline.lookupEach(table, probes, sink);
    }

    /** Distinct (name, exact or with subdomains) held. */
    public int names() {
        return table.keys();
    }

    public long bytes() {
        return table.bytes() + Long.BYTES;
    }

    /** Collects (canonical name, ordinal) pairs. */
    public static final class Builder {

        private final KeyList keys = new KeyList();
        private long subtreeLabelCounts;

        private Builder() {
        }

        public Builder exact(String name, int ordinal) {
            return add(name, DomainKeys.EXACT, ordinal);
        }

        public Builder withSubdomains(String name, int ordinal) {
            add(name, DomainKeys.WITH_SUBDOMAINS, ordinal);
            subtreeLabelCounts |= DomainKeys.labelBit(DomainKeys.labels(name));
            return this;
        }

        private Builder add(String name, long kind, int ordinal) {
            DomainKeys.labels(name);
            int from = keys.appendName(name);
            int to = from + name.length();
            keys.addWritten(DomainKeys.fingerprint(keys.bytes(), from, to, kind), from, to, Ordinals.check(ordinal));
            return this;
        }

        public DomainIndex build() {
            return new DomainIndex(TableBuilder.build(keys), subtreeLabelCounts);
        }
    }
}
