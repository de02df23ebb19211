package org.sipar.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.sipar.detect.internal.telemetry.TelemetryReader;

/**
 * JSON-lines ECS events parsed into observables, per second on one thread: a batch of synthetic, realistically
 * wide network events (addresses, a DNS question or a URL, a file hash now and then, and fields no mapping wants).
 * The bound is about 250,000 events/s for parsing alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TelemetryBenchmarks {

    static final int EVENTS = 10_000;

    private final TelemetryReader ecs = TelemetryReader.ecs();
    private byte[] upload;

    @Setup(Level.Trial)
    public void buildEvents() {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < EVENTS; i++) {
            lines.append(event(i)).append('\n');
        }
        upload = lines.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String event(int i) {
        String extra = switch (i % 3) {
            case 0 -> "\"dns\":{\"question\":{\"name\":\"host" + i + ".example.net\",\"type\":\"A\"},\"resolved_ip\":[\"198.51.100." + i % 250 + "\"]}";
            case 1 -> "\"url\":{\"full\":\"https://cdn" + i % 97 + ".example.org/path/" + i + "?q=1\",\"domain\":\"cdn" + i % 97 + ".example.org\"}";
            default -> "\"file\":{\"hash\":{\"sha256\":\"" + "%064x".formatted(i * 2_654_435_761L) + "\"}}";
        };
        return "{\"@timestamp\":\"2026-01-05T10:" + "%02d:%02d.%03dZ".formatted(i / 60 % 60, i % 60, i % 1000)
                + "\",\"event\":{\"kind\":\"event\",\"category\":[\"network\"],\"dataset\":\"firewall\"},"
                + "\"source\":{\"ip\":\"10." + i % 200 + "." + i % 100 + "." + i % 250 + "\",\"port\":" + (1024 + i % 60000) + "},"
                + "\"destination\":{\"ip\":\"203.0.113." + i % 250 + "\",\"port\":443},"
                + "\"network\":{\"transport\":\"tcp\",\"bytes\":" + i * 7 + "},\"observer\":{\"name\":\"fw-1\",\"vendor\":\"Example\"},"
                + extra + "}";
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long ecsJsonLines(Blackhole sink) {
        return ecs.read(new ByteArrayInputStream(upload), sink::consume).observables();
    }
}
