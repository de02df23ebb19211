package org.sipar.detect.internal.retro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sipar.detect.internal.engine.Key;
import org.sipar.detect.internal.engine.Key.Kind;

/** The store against {@link ReferenceSightings} on random telemetry of many organisations over many days. */
class RetroStoreTests {

    private static final LocalDate FIRST = LocalDate.of(2026, 3, 1);
    private final Random random = new Random(20260301);
    private final RetroStore store = RetroStore.inMemory();
    private final ReferenceSightings reference = new ReferenceSightings();
    private final List<UUID> organisations = IntStream.range(0, 7).mapToObj(i -> UUID.randomUUID()).toList();

    @Test
    void answersExactValuesRangesAndSubdomainsAsTheReferenceDoes() {
        sawRandomly(12, 400);
        store.flush();
        List<Key> indicators = indicators(3000);

        List<Seen> seen = store.whoSaw(indicators);

        assertThat(new HashSet<>(seen)).hasSize(seen.size()).isEqualTo(reference.whoSaw(indicators));
        assertThat(seen).extracting(s -> s.indicator().kind())
                .contains(Kind.IPV4, Kind.CIDR, Kind.DOMAIN, Kind.DOMAIN_TREE, Kind.HASH, Kind.URL);
    }

    @Test
    void rangesOfEveryWidthFindEachAddressInside() {
        sawRandomly(3, 300);
        store.flush();
        List<Key> ranges = List.of(new Key(Kind.CIDR, "10.0.0.0/8"), new Key(Kind.CIDR, "10.1.7.0/24"),
                new Key(Kind.CIDR, "10.1.3.4/32"), new Key(Kind.CIDR, "10.1.0.0/16"), new Key(Kind.CIDR, "0.0.0.0/0"),
                new Key(Kind.CIDR, "11.0.0.0/8"));

        List<Seen> seen = store.whoSaw(ranges);

        assertThat(new HashSet<>(seen)).isEqualTo(reference.whoSaw(ranges));
        assertThat(seen).filteredOn(s -> s.indicator().value().equals("10.0.0.0/8")).hasSizeGreaterThan(500);
        assertThat(seen).noneMatch(s -> s.indicator().value().equals("11.0.0.0/8"));
    }

    @Test
    void valuesNeverSeenFindNothing() {
        sawRandomly(5, 300);
        store.flush();
        List<Key> misses = List.of(new Key(Kind.HASH, "SHA-256:" + "ab".repeat(32)), new Key(Kind.DOMAIN, "example.test"),
                new Key(Kind.IPV4, "192.0.2.1"), new Key(Kind.DOMAIN_TREE, "zone3.test"),
                new Key(Kind.CIDR, "192.0.2.0/24"), new Key(Kind.URL, "http://not.seen/"));

        assertThat(store.whoSaw(misses)).isEmpty();
        assertThat(reference.whoSaw(misses)).isEmpty();
    }

    @Test
    void onlyFlushedValuesAreSearchedAndRepeatsAreKeptOnce() {
        UUID organisation = organisations.getFirst();
        Key hash = new Key(Kind.HASH, "MD5:" + "0f".repeat(16));
        store.saw(organisation, FIRST, List.of(hash, hash));
        assertThat(store.whoSaw(List.of(hash))).isEmpty();

        store.flush();
        store.saw(organisation, FIRST, List.of(hash));
        store.flush();

        assertThat(store.whoSaw(List.of(hash))).containsExactly(new Seen(hash, organisation, FIRST, hash));
        assertThat(store.size().values()).isEqualTo(1);
    }

    @Test
    void forgottenDaysAreNoLongerAnswered() {
        sawRandomly(10, 200);
        store.flush();
        long before = store.size().values();

        store.forget(FIRST.plusDays(6));
        reference.forget(FIRST.plusDays(6));
        List<Key> indicators = indicators(2000);
        List<Seen> seen = store.whoSaw(indicators);

        assertThat(new HashSet<>(seen)).isEqualTo(reference.whoSaw(indicators));
        assertThat(seen).isNotEmpty().allMatch(s -> !s.day().isBefore(FIRST.plusDays(6)));
        assertThat(store.size().values()).isLessThan(before / 2);
    }

    @Test
    void refusesARangeOrATreeAsAnObservedValue() {
        assertThatThrownBy(() -> store.saw(organisations.getFirst(), FIRST, List.of(new Key(Kind.CIDR, "10.0.0.0/8"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10.0.0.0/8");
    }

    @Test
    void valuesToldFromManyThreadsDuringFlushesAreAllKept() throws InterruptedException {
        UUID organisation = organisations.getFirst();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            threads.add(Thread.ofPlatform().start(() -> IntStream.range(0, 5000).forEach(i ->
                    store.saw(organisation, FIRST, List.of(new Key(Kind.EMAIL, "u" + i + "@t" + thread + ".test"))))));
        }
        for (int i = 0; i < 20; i++) {
            store.flush();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        store.flush();

        assertThat(store.size().values()).isEqualTo(20_000);
        assertThat(store.whoSaw(List.of(new Key(Kind.EMAIL, "u4999@t3.test")))).hasSize(1);
    }

    private void sawRandomly(int days, int valuesPerOrgDay) {
        for (int d = 0; d < days; d++) {
            for (UUID organisation : organisations) {
                List<Key> keys = IntStream.range(0, valuesPerOrgDay).mapToObj(i -> randomKey()).toList();
                store.saw(organisation, FIRST.plusDays(d), keys);
                reference.saw(organisation, FIRST.plusDays(d), keys);
            }
        }
    }

    /** Values from small spaces, so that indicators drawn from the same spaces often hit. */
    private Key randomKey() {
        return switch (random.nextInt(5)) {
            case 0 -> new Key(Kind.IPV4, "10.1." + random.nextInt(16) + "." + random.nextInt(256));
            case 1 -> new Key(Kind.DOMAIN, "h" + random.nextInt(50) + ".s" + random.nextInt(20) + ".zone" + random.nextInt(3) + ".test");
            case 2 -> new Key(Kind.HASH, "SHA-256:" + String.format("%064x", random.nextInt(3000)));
            case 3 -> new Key(Kind.URL, "http://u" + random.nextInt(3000) + ".test/");
            default -> new Key(Kind.IPV6, "2001:db8::" + Integer.toHexString(random.nextInt(3000)));
        };
    }

    private List<Key> indicators(int count) {
        List<Key> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            keys.add(switch (random.nextInt(4)) {
                case 0 -> new Key(Kind.CIDR, "10.1." + random.nextInt(20) + ".0/" + (24 + random.nextInt(9)));
                case 1 -> new Key(Kind.DOMAIN_TREE, random.nextBoolean() ? "zone" + random.nextInt(4) + ".test"
                        : "s" + random.nextInt(25) + ".zone" + random.nextInt(3) + ".test");
                default -> randomKey();
            });
        }
        return keys;
    }
}
