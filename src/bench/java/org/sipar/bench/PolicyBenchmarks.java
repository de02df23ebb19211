package org.sipar.bench;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.sipar.intel.StixRedaction;
import org.sipar.sharing.Distribution;
import org.sipar.sharing.Reader;
import org.sipar.sharing.SharingPolicy;
import org.sipar.sharing.Tlp;

/** What the sharing policy costs per object shown: the plain decision, and cutting out a granularly marked part. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PolicyBenchmarks {

    final SharingPolicy policy = new SharingPolicy();
    final StixRedaction redaction = new StixRedaction(policy);
    final Distribution green = new Distribution(Tlp.GREEN, UUID.randomUUID(), UUID.randomUUID(), Set.of(), Set.of(), Set.of());
    final Reader reader = new Reader(UUID.randomUUID(), UUID.randomUUID(), false, Set.of(UUID.randomUUID()));
    final String plain = StixBenchmarks.INDICATOR;
    final String granular = plain.replaceFirst("\\}$", ",\"description\":\"internal\",\"granular_markings\":[{\"marking_ref\":\""
            + Tlp.RED.markingId() + "\",\"selectors\":[\"description\"]}]}");

    @Benchmark
    public boolean maySee() {
        return policy.maySee(reader, green);
    }

    @Benchmark
    public Object visiblePartWithoutGranularMarkings() {
        return redaction.visiblePart(reader, green, plain);
    }

    @Benchmark
    public Object visiblePartCuttingARedDescription() {
        return redaction.visiblePart(reader, green, granular);
    }
}
