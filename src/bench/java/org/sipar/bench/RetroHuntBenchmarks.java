package org.sipar.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sipar.detect.internal.engine.Key;
import org.sipar.detect.internal.engine.Key.Kind;
import org.sipar.detect.internal.retro.RetroStore;
import org.sipar.detect.internal.retro.Seen;

/**
 * A retro-hunt over 30 days of one organisation's telemetry, 10 million distinct values (a third each day, no value
 * on two days): 5 million SHA-256 hashes, 3 million domain names (each kept with its parents' trees) and 2 million
 * IPv4 addresses inside 10.0.0.0/8 (new ones in 11.0.0.0/8). Hunted for 1 new indicator value, 100,000 of them (half seen, half not), and a
 * /16 range (about 13,000 addresses inside). The bound: the full 10-million-value hunt under 5 s. Setup prints
 * the bytes per stored value.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class RetroHuntBenchmarks {

    static final int DAYS = 30;
    static final int VALUES = 10_000_000;
    static final UUID ORGANISATION = UUID.randomUUID();

    private final RetroStore store = RetroStore.inMemory();
    private List<Key> one;
    private List<Key> many;
    private List<Key> range;

    @Setup(Level.Trial)
    public void sawThirtyDays() {
        LocalDate first = LocalDate.of(2026, 1, 1);
        int perDay = VALUES / DAYS;
        for (int day = 0; day < DAYS; day++) {
            List<Key> keys = new ArrayList<>(perDay);
            for (int i = day * perDay; i < (day + 1) * perDay; i++) {
                keys.add(value(i));
            }
            store.saw(ORGANISATION, first.plusDays(day), keys);
            store.flush();
        }
        RetroStore.Size size = store.size();
        System.out.printf("%n%d values told, %d kept (fingerprints with domains' parents, and addresses), %d bytes: "
                        + "%.2f bytes per kept value, %.2f per value told%n", (long) DAYS * perDay, size.values(),
                size.bytes(), (double) size.bytes() / size.values(), (double) size.bytes() / ((long) DAYS * perDay));
        Random random = new Random(7);
        one = List.of(new Key(Kind.HASH, "SHA-256:" + "5a".repeat(32)));
        many = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            many.add(i % 2 == 0 ? value(random.nextInt(DAYS * perDay)) : value(VALUES + random.nextInt(VALUES)));
        }
        range = List.of(new Key(Kind.CIDR, "10.42.0.0/16"));
    }

    /** Value {@code i}: a hash, a domain name or an address, each from its own space. */
    static Key value(int i) {
        return switch (i % 10) {
            case 0, 1, 2, 3, 4 -> new Key(Kind.HASH, "SHA-256:" + String.format("%064x", i * 0x9E3779B97F4A7C15L));
            case 5, 6, 7 -> new Key(Kind.DOMAIN, "h" + i + ".zone" + (i % 5_000) + ".example");
            default -> new Key(Kind.IPV4, (10 + (i >>> 24)) + "." + (i >>> 16 & 0xff) + "." + (i >>> 8 & 0xff) + "." + (i & 0xff));
        };
    }

    @Benchmark
    public List<Seen> oneNewIndicator() {
        return store.whoSaw(one);
    }

    @Benchmark
    public List<Seen> hundredThousandIndicators() {
        return store.whoSaw(many);
    }

    @Benchmark
    public List<Seen> sixteenBitRange() {
        return store.whoSaw(range);
    }
}
