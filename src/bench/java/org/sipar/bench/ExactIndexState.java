package org.sipar.bench;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sipar.detect.internal.index.ExactIndex;
import org.sipar.detect.internal.index.KeyKind;
import org.sipar.detect.internal.index.Probes;

/**
 * Ten million exact values, one in five an IPv4 address (the real ones first) and the rest synthetic SHA-256, in
 * the index and, as the bare baseline, in a fastutil set of one long per value; and a million queries in pages,
 * {@code hitPercent} of them stored values, so that successive pages touch memory afresh.
 */
@State(Scope.Benchmark)
public class ExactIndexState {

    static final int PAGE = 4096;
    static final int PAGES = 256;

    @Param("10000000")
    public int entries;
    @Param("20")
    public int hitPercent;
    @Param("../shared/data/ioc")
    public String ioc;

    ExactIndex index;
    LongOpenHashSet bare;
    final Probes[] pages = new Probes[PAGES];
    final long[][] bareKeys = new long[PAGES][PAGE];
    /** The raw queries, to measure filling the probes too: a digest, or null for the IPv4 address in queryAddresses. */
    final byte[][][] queryDigests = new byte[PAGES][PAGE][];
    final int[][] queryAddresses = new int[PAGES][PAGE];
    private int[] realAddresses;
    private int page;

    @Setup(Level.Trial)
    public void build() {
        realAddresses = IndexData.realIpv4(Path.of(ioc));
        ExactIndex.Builder builder = ExactIndex.builder();
        bare = new LongOpenHashSet(entries);
        for (int n = 0; n < entries; n++) {
            if (isAddress(n)) {
                builder.ipv4(address(n), n);
                bare.add(bareKey(address(n)));
            } else {
                byte[] digest = IndexData.sha256(n);
                builder.hash(KeyKind.SHA256, digest, n);
                bare.add(IndexData.firstLong(digest));
            }
        }
        index = builder.build();
        makeQueries(new SplittableRandom(12));
    }

    private void makeQueries(SplittableRandom random) {
        for (int p = 0; p < PAGES; p++) {
            pages[p] = new Probes();
            for (int q = 0; q < PAGE; q++) {
                boolean hit = random.nextInt(100) < hitPercent;
                long n = hit ? random.nextInt(entries) : entries + random.nextLong(Long.MAX_VALUE / 2);
                if (hit ? isAddress((int) n) : random.nextInt(5) == 0) {
                    int address = hit ? address((int) n) : random.nextInt();
                    queryAddresses[p][q] = address;
                    pages[p].ipv4(q, address);
                    bareKeys[p][q] = bareKey(address);
                } else {
                    byte[] digest = IndexData.sha256(n);
                    queryDigests[p][q] = digest;
                    pages[p].hash(q, KeyKind.SHA256, digest);
                    bareKeys[p][q] = IndexData.firstLong(digest);
                }
            }
        }
    }

    int nextPage() {
        page = (page + 1) % PAGES;
        return page;
    }

    private static boolean isAddress(int n) {
        return n % 5 == 0;
    }

    private int address(int n) {
        int k = n / 5;
        return k < realAddresses.length ? realAddresses[k] : (int) (k * 0x9E3779B97F4A7C15L >>> 32);
    }

    private static long bareKey(int address) {
        return (1L << 40) | (address & 0xFFFF_FFFFL);
    }
}
