package org.sipar.bench;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sipar.detect.internal.index.CidrIndex;
import org.sipar.detect.internal.index.Probes;

/**
 * A million IPv4 ranges (half /32, a quarter /24, 15% /16 to /23, 10% /25 to /31, 0.1% /8 to /15), in the index and, as the bare
 * baseline, in one fastutil set of networks per prefix length; and pages of addresses, half inside a stored range.
 */
@State(Scope.Benchmark)
public class CidrIndexState {

    static final int PAGE = 4096;
    static final int PAGES = 64;

    @Param("1000000")
    public int ranges;

    CidrIndex index;
    final LongOpenHashSet[] bareByLength = new LongOpenHashSet[33];
    int[] bareLengths;
    final int[][] addresses = new int[PAGES][PAGE];
    final Probes probes = new Probes();
    private int page;

    @Setup(Level.Trial)
    public void build() {
        SplittableRandom random = new SplittableRandom(24);
        CidrIndex.Builder builder = CidrIndex.builder();
        int[] networks = new int[ranges];
        for (int n = 0; n < ranges; n++) {
            int length = length(random.nextInt(1000), random);
            networks[n] = random.nextInt() & mask(length);
            builder.ipv4(networks[n], length, n);
            if (bareByLength[length] == null) {
                bareByLength[length] = new LongOpenHashSet();
            }
            bareByLength[length].add(networks[n]);
        }
        index = builder.build();
        bareLengths = IntStream.rangeClosed(0, 32).map(l -> 32 - l).filter(l -> bareByLength[l] != null).toArray();
        for (int[] page : addresses) {
            for (int q = 0; q < PAGE; q++) {
                page[q] = q % 2 == 0 ? networks[random.nextInt(ranges)] | (random.nextInt() & 0xFF) : random.nextInt();
            }
        }
    }

    int nextPage() {
        page = (page + 1) % PAGES;
        return page;
    }

    /** A feed's mix: half single hosts, a quarter /24, the rest /16 to /31 and a few /8 to /15. */
    private static int length(int draw, SplittableRandom random) {
        return draw < 500 ? 32 : draw < 750 ? 24 : draw < 900 ? 16 + random.nextInt(8) : draw < 999 ? 25 + random.nextInt(7)
                : 8 + random.nextInt(8);
    }

    static int mask(int length) {
        return length == 0 ? 0 : -1 << (32 - length);
    }
}
