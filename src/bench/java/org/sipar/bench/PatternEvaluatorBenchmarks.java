package org.sipar.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sipar.detect.internal.evaluate.CompiledPattern;
import org.sipar.detect.internal.evaluate.Observation;
import org.sipar.detect.internal.evaluate.PatternEvaluator;
import org.sipar.intel.pattern.ObservationExpression;
import org.sipar.intel.pattern.StixPatterns;

/**
 * What the general STIX pattern evaluator costs for the observations the detection index could not rule out:
 * a compound pattern (CIDR, IN, list index, hash, regex) against one observation of five SCOs, a timed
 * FOLLOWEDBY over a timeline of 20 observations, and compiling the compound pattern.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PatternEvaluatorBenchmarks {

    static final String COMPOUND = "[network-traffic:dst_ref.value ISSUBSET '203.0.113.0/24' AND "
            + "network-traffic:dst_port IN (443, 8443) AND network-traffic:protocols[*] = 'quic'] OR "
            + "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f' AND "
            + "file:name MATCHES '^invoice_[0-9]+\\\\.(exe|scr)$']";
    static final String SEQUENCE = "([domain-name:value = 'relay.example.net'] FOLLOWEDBY "
            + "[ipv4-addr:value ISSUBSET '198.51.100.0/24']) WITHIN 300 SECONDS";

    final ObservationExpression compoundTree = StixPatterns.parse(COMPOUND);
    final CompiledPattern compound = PatternEvaluator.compile(compoundTree);
    final CompiledPattern sequence = PatternEvaluator.compile(SEQUENCE);
    final List<Observation> one = List.of(Observation.at("observed-data--1", Instant.parse("2026-11-01T10:00:00Z"),
            Map.of("0", Map.of("type", "ipv4-addr", "value", "203.0.113.7"),
                    "1", Map.of("type", "network-traffic", "dst_ref", "0", "dst_port", 443,
                            "protocols", List.of("ipv4", "tcp", "tls")),
                    "2", Map.of("type", "file", "name", "invoice_20261101.exe", "hashes", Map.of("SHA-256",
                            "AEC070645FE53EE3B3763059376134F058CC337247C978ADD178B6CCDFB0019F")),
                    "3", Map.of("type", "domain-name", "value", "relay.example.net"),
                    "4", Map.of("type", "user-account", "user_id", "1007"))));
    final List<Observation> timeline = timeline();

    /** Both evaluations must match (through the last branch tried), or the figures measure the wrong path. */
    @Setup
    public void checkThatBothMatch() {
        if (!compound.match(one).matched() || !sequence.match(timeline).matched()) {
            throw new IllegalStateException("a benchmark pattern no longer matches its observations");
        }
    }

    @Benchmark
    public boolean compoundAgainstOneObservation() {
        return compound.match(one).matched();
    }

    @Benchmark
    public boolean followedByWithinOverTwentyObservations() {
        return sequence.match(timeline).matched();
    }

    @Benchmark
    public CompiledPattern compileCompound() {
        return PatternEvaluator.compile(compoundTree);
    }

    // Domains every minute, the address only at the end, so that most left-hand bindings are tried and refused.
    private static List<Observation> timeline() {
        Instant start = Instant.parse("2026-11-01T10:00:00Z");
        List<Observation> observations = new ArrayList<>();
        for (int minute = 0; minute < 19; minute++) {
            observations.add(Observation.at("observed-data--d" + minute, start.plusSeconds(60L * minute),
                    Map.of("0", Map.of("type", "domain-name", "value", minute % 2 == 0 ? "relay.example.net" : "x.example"))));
        }
        observations.add(Observation.at("observed-data--a", start.plusSeconds(60L * 19),
                Map.of("0", Map.of("type", "ipv4-addr", "value", "198.51.100.20"))));
        return observations;
    }
}
