package org.sipar.detect.internal.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ExactIndexTests {

    private static final KeyKind[] KINDS = KeyKind.values();

    /** A value of any kind, written as the reference map's key. */
    private record Value(KeyKind kind, String text) {
    }

    @Test
    void batchAndSingleLookupsAgreeWithAHashMapOnHitsMissesAndSeveralOrdinalsPerValue() {
        Random random = new Random(12);
        List<Value> stored = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            stored.add(randomValue(random));
        }
        Map<Value, Set<Integer>> reference = new HashMap<>();
        ExactIndex.Builder builder = ExactIndex.builder();
        for (int ordinal = 0; ordinal < 40_000; ordinal++) {
            Value value = stored.get(ordinal < 20_000 ? ordinal : random.nextInt(2_000)); // the first 2,000 get several
            reference.computeIfAbsent(value, v -> new TreeSet<>()).add(ordinal);
            add(builder, value, ordinal);
        }
        ExactIndex index = builder.build();

        List<Value> queried = new ArrayList<>(stored.subList(0, 5_000));
        for (int i = 0; i < 5_000; i++) {
            queried.add(randomValue(random));
        }
        Probes probes = new Probes();
        for (int owner = 0; owner < queried.size(); owner++) {
            probe(probes, queried.get(owner), owner);
        }
        Matches batch = new Matches();
        index.lookup(probes, batch);
        Matches single = new Matches();
        index.lookupEach(probes, single);

        for (int owner = 0; owner < queried.size(); owner++) {
            assertThat(batch.of(owner)).as("owner %d, %s", owner, queried.get(owner))
                    .isEqualTo(reference.getOrDefault(queried.get(owner), Set.of()));
        }
        assertThat(single.byOwner()).isEqualTo(batch.byOwner());
        assertThat(batch.of(0)).isNotEmpty();
        assertThat(reference.values().stream().filter(ordinals -> ordinals.size() > 1)).isNotEmpty();
        assertThat(index.values()).isEqualTo(reference.size());
        assertThat(index.entries()).isEqualTo(40_000);
    }

    @Test
    void anIpv6AddressAndAnMd5WithTheSameBytesAreDifferentValues() {
        byte[] bytes = new byte[16];
        bytes[15] = 1;
        ExactIndex index = ExactIndex.builder().hash(KeyKind.MD5, bytes, 7).ipv4(1, 8).build();

        Matches matches = new Matches();
        index.lookup(new Probes().ipv6(0, 0, 1).ipv4(1, 1).hash(2, KeyKind.MD5, bytes), matches);

        assertThat(matches.byOwner()).isEqualTo(Map.of(1, Set.of(8), 2, Set.of(7)));
    }

    @Test
    void oneOrdinalGivenTwiceForOneValueMatchesOnce() {
        ExactIndex index = ExactIndex.builder().string(KeyKind.URL, "http://x.example/", 3)
                .string(KeyKind.URL, "http://x.example/", 3).build();

        Matches matches = new Matches();
        index.lookup(new Probes().string(0, KeyKind.URL, "http://x.example/").string(1, KeyKind.EMAIL, "http://x.example/"), matches);

        assertThat(matches.byOwner()).isEqualTo(Map.of(0, Set.of(3)));
        assertThat(matches.count()).isEqualTo(1);
    }

    @Test
    void anEmptyIndexMatchesNothing() {
        Matches matches = new Matches();
        ExactIndex.builder().build().lookup(new Probes().ipv4(0, 0).ipv6(1, 0, 0), matches);
        assertThat(matches.count()).isZero();
    }

    @Test
    void badValuesAreRefusedWithWhatWasWrong() {
        ExactIndex.Builder builder = ExactIndex.builder();
        assertThatThrownBy(() -> builder.hash(KeyKind.SHA256, new byte[20], 1)).hasMessageContaining("32 bytes, not 20");
        assertThatThrownBy(() -> builder.hash(KeyKind.URL, new byte[20], 1)).hasMessageContaining("URL");
        assertThatThrownBy(() -> builder.string(KeyKind.MD5, "x", 1)).hasMessageContaining("MD5");
        assertThatThrownBy(() -> builder.ipv4(1, -4)).hasMessageContaining("-4");
    }

    static Value randomValue(Random random) {
        KeyKind kind = KINDS[random.nextInt(KINDS.length)];
        if (kind.isString()) {
            return new Value(kind, "v" + random.nextInt(50_000) + ".example");
        }
        byte[] bytes = new byte[kind.length()];
        random.nextBytes(bytes);
        if (kind == KeyKind.IPV4 || kind == KeyKind.IPV6) {
            bytes[0] = (byte) random.nextInt(4); // small address spaces, so that queries hit stored values' neighbours
        }
        return new Value(kind, HexFormat.of().formatHex(bytes));
    }

    private static void add(ExactIndex.Builder builder, Value value, int ordinal) {
        byte[] bytes = HexFormat.of().parseHex(value.kind().isString() ? "" : value.text());
        switch (value.kind()) {
            case IPV4 -> builder.ipv4(ByteBuffer.wrap(bytes).getInt(), ordinal);
            case IPV6 -> builder.ipv6(ByteBuffer.wrap(bytes).getLong(0), ByteBuffer.wrap(bytes).getLong(8), ordinal);
            case MD5, SHA1, SHA256, SHA512 -> builder.hash(value.kind(), bytes, ordinal);
            default -> builder.string(value.kind(), value.text(), ordinal);
        }
    }

    private static void probe(Probes probes, Value value, int owner) {
        byte[] bytes = HexFormat.of().parseHex(value.kind().isString() ? "" : value.text());
        switch (value.kind()) {
            case IPV4 -> probes.ipv4(owner, ByteBuffer.wrap(bytes).getInt());
            case IPV6 -> probes.ipv6(owner, ByteBuffer.wrap(bytes).getLong(0), ByteBuffer.wrap(bytes).getLong(8));
            case MD5, SHA1, SHA256, SHA512 -> probes.hash(owner, value.kind(), bytes);
            default -> probes.string(owner, value.kind(), value.text());
        }
    }
}
