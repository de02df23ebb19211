package org.sipar.bench;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sipar.detect.internal.index.DomainIndex;
import org.sipar.detect.internal.index.Probes;

/**
 * A million domains (the real ones, then each again under numbered labels), half exact and half with subdomains,
 * in the index and, as the bare baseline, in two fastutil sets of one 64-bit hash per name; and pages of names: a
 * third stored, a third under a stored name, a third unknown.
 */
@State(Scope.Benchmark)
public class DomainIndexState {

    static final int PAGE = 4096;
    static final int PAGES = 64;

    @Param("1000000")
    public int domains;
    @Param("../shared/data/ioc")
    public String ioc;

    DomainIndex index;
    final LongOpenHashSet bareExact = new LongOpenHashSet();
    final LongOpenHashSet bareWithSubdomains = new LongOpenHashSet();
    final String[][] names = new String[PAGES][PAGE];
    final Probes probes = new Probes();
    private int page;

    @Setup(Level.Trial)
    public void build() {
        List<String> real = IndexData.realDomains(Path.of(ioc));
        DomainIndex.Builder builder = DomainIndex.builder();
        for (int n = 0; n < domains; n++) {
            String name = IndexData.domain(real, n);
            if (n % 2 == 0) {
                builder.exact(name, n);
                bareExact.add(bareHash(name, 0));
            } else {
                builder.withSubdomains(name, n);
                bareWithSubdomains.add(bareHash(name, 0));
            }
        }
        index = builder.build();
        SplittableRandom random = new SplittableRandom(36);
        for (String[] page : names) {
            for (int q = 0; q < PAGE; q++) {
                String stored = IndexData.domain(real, random.nextInt(domains));
                page[q] = q % 3 == 0 ? stored : q % 3 == 1 ? "www.a" + q + "." + stored : "x" + random.nextInt() + ".unknown.example";
            }
        }
    }

    int nextPage() {
        page = (page + 1) % PAGES;
        return page;
    }

    /** FNV-1a from the last character back to {@code start}: the bare baseline's one hash per name or parent. */
    static long bareHash(String name, int start) {
        long hash = 0xCBF29CE484222325L;
        for (int i = name.length() - 1; i >= start; i--) {
            hash = (hash ^ name.charAt(i)) * 0x100000001B3L;
        }
        return hash;
    }
}
