package org.sipar.detect.internal.index;

import java.util.BitSet;

/**
 * IPv4 and IPv6 networks mapped to indicator ordinals, for containment: an address is in a network when the
 * address with the network's host bits cleared is the network. One table holds every (prefix length, network); an
 * address is probed once per prefix length that some network has (longest first; for IPv4, only the lengths present
 * in the address's /16 block, see {@link Ipv4BlockLengths}), and every containing network matches, so an ordinal may come back more than once for one address when its indicator names nested ranges.
 */
public final class CidrIndex {

    private final FingerprintTable table;
    private final Ipv4BlockLengths ipv4Lengths;
    private final int[] ipv6Lengths;

    private CidrIndex(FingerprintTable table, Ipv4BlockLengths ipv4Lengths, int[] ipv6Lengths) {
        this.table = table;
        this.ipv4Lengths = ipv4Lengths;
        this.ipv6Lengths = ipv6Lengths;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Adds to the batch the probes for the IPv4 {@code address}: one per prefix length present in its /16 block. */
    public void probeIpv4(Probes probes, int owner, int address) {
        for (long lengths = ipv4Lengths.lengthsFor(address); lengths != 0; ) {
            int length = 63 - Long.numberOfLeadingZeros(lengths);
            CidrKeys.ipv4(probes.keys, address, length, owner);
            lengths &= ~(1L << length);
        }
    }

    public void probeIpv6(Probes probes, int owner, long high, long low) {
        for (int length : ipv6Lengths) {
            CidrKeys.ipv6(probes.keys, high, low, length, owner);
        }
    }

    public void lookup(Probes probes, MatchSink sink) {
        Pipeline.lookup(table, probes, sink);
    }

    public void lookupEach(Probes probes, MatchSink sink) {
        Pipeline.lookupEach(table, probes, sink);
    }

    /** Distinct networks held. */
    public int networks() {
        return table.keys();
    }

    public long bytes() {
        return table.bytes() + ipv4Lengths.bytes() + 4L * ipv6Lengths.length;
    }

    /** Collects (network, ordinal) pairs; host bits of a network's address are cleared, not refused. */
    public static final class Builder {

        private final KeyList keys = new KeyList();
        private final Ipv4BlockLengths ipv4Lengths = new Ipv4BlockLengths();
        private final BitSet ipv6Lengths = new BitSet(129);

        private Builder() {
        }

        public Builder ipv4(int address, int prefixLength, int ordinal) {
            CidrKeys.ipv4(keys, address, CidrKeys.checkIpv4Length(prefixLength), Ordinals.check(ordinal));
            ipv4Lengths.mark(CidrKeys.network(address, prefixLength), prefixLength);
            return this;
        }

        public Builder ipv6(long high, long low, int prefixLength, int ordinal) {
            CidrKeys.ipv6(keys, high, low, CidrKeys.checkIpv6Length(prefixLength), Ordinals.check(ordinal));
            ipv6Lengths.set(prefixLength);
            return this;
        }

        public CidrIndex build() {
            return new CidrIndex(TableBuilder.build(keys), ipv4Lengths.copy(), longestFirst(ipv6Lengths));
        }

        private static int[] longestFirst(BitSet lengths) {
            return lengths.stream().map(length -> -length).sorted().map(length -> -length).toArray();
        }
    }
}
