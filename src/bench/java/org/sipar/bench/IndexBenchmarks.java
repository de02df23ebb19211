package org.sipar.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.sipar.detect.internal.index.KeyKind;
import org.sipar.detect.internal.index.Probes;

/**
 * detect's matching index against bare fastutil baselines in the same run (issue 12's figures): one operation is one
 * lookup (one query value, address or name), so the scores are lookups per microsecond. The bare baselines only
 * answer "present or not" from one long per value, without verifying keys or naming ordinals. Run with
 * {@code ./mvnw -Pbench -DskipTests test-compile exec:exec@jmh -Djmh.args="-f 1 -wi 2 -i 3 -jvmArgs -Xmx6g IndexBenchmarks"}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IndexBenchmarks {

    @Benchmark
    @OperationsPerInvocation(ExactIndexState.PAGE)
    public int exactBatch(ExactIndexState state) {
        CountingSink sink = new CountingSink();
        state.index.lookup(state.pages[state.nextPage()], sink);
        return sink.count;
    }

    @Benchmark
    @OperationsPerInvocation(ExactIndexState.PAGE)
    public int exactOneByOne(ExactIndexState state) {
        CountingSink sink = new CountingSink();
        state.index.lookupEach(state.pages[state.nextPage()], sink);
        return sink.count;
    }

    /** The batch with the probes made from raw values first (fingerprinting and copying the key bytes). */
    @Benchmark
    @OperationsPerInvocation(ExactIndexState.PAGE)
    public int exactBatchFromRawValues(ExactIndexState state, ScratchProbes scratch) {
        int page = state.nextPage();
        Probes probes = scratch.probes.clear();
        for (int q = 0; q < ExactIndexState.PAGE; q++) {
            byte[] digest = state.queryDigests[page][q];
            if (digest == null) {
                probes.ipv4(q, state.queryAddresses[page][q]);
            } else {
                probes.hash(q, KeyKind.SHA256, digest);
            }
        }
        CountingSink sink = new CountingSink();
        state.index.lookup(probes, sink);
        return sink.count;
    }

    @Benchmark
    @OperationsPerInvocation(ExactIndexState.PAGE)
    public int exactBareFastutil(ExactIndexState state) {
        long[] keys = state.bareKeys[state.nextPage()];
        int found = 0;
        for (long key : keys) {
            found += state.bare.contains(key) ? 1 : 0;
        }
        return found;
    }

    @Benchmark
    @OperationsPerInvocation(CidrIndexState.PAGE)
    public int cidrBatch(CidrIndexState state) {
        int[] addresses = state.addresses[state.nextPage()];
        Probes probes = state.probes.clear();
        for (int q = 0; q < addresses.length; q++) {
            state.index.probeIpv4(probes, q, addresses[q]);
        }
        CountingSink sink = new CountingSink();
        state.index.lookup(probes, sink);
        return sink.count;
    }

    @Benchmark
    @OperationsPerInvocation(CidrIndexState.PAGE)
    public int cidrBareFastutil(CidrIndexState state) {
        int found = 0;
        for (int address : state.addresses[state.nextPage()]) {
            for (int length : state.bareLengths) {
                found += state.bareByLength[length].contains(address & CidrIndexState.mask(length)) ? 1 : 0;
            }
        }
        return found;
    }

    @Benchmark
    @OperationsPerInvocation(DomainIndexState.PAGE)
    public int domainBatch(DomainIndexState state) {
        String[] names = state.names[state.nextPage()];
        Probes probes = state.probes.clear();
        for (int q = 0; q < names.length; q++) {
            state.index.probe(probes, q, names[q]);
        }
        CountingSink sink = new CountingSink();
        state.index.lookup(probes, sink);
        return sink.count;
    }

    @Benchmark
    @OperationsPerInvocation(DomainIndexState.PAGE)
    public int domainBareFastutil(DomainIndexState state) {
        int found = 0;
        for (String name : state.names[state.nextPage()]) {
            long hash = 0xCBF29CE484222325L;
            for (int i = name.length() - 1; i >= 0; i--) {
                hash = (hash ^ name.charAt(i)) * 0x100000001B3L;
                if ((i == 0 || name.charAt(i - 1) == '.') && state.bareWithSubdomains.contains(hash)) {
                    found++;
                }
            }
            found += state.bareExact.contains(hash) ? 1 : 0;
        }
        return found;
    }
}
