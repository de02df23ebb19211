package org.sipar.detect.internal.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CidrIndexTests {

    private record Range(int network, int length, int ordinal) {

        boolean contains(int address) {
            return length == 0 || (address >>> (32 - length)) == (network >>> (32 - length));
        }
    }

    @Test
    void everyContainingRangeMatchesAsAScanOfAllRangesSays() {
        Random random = new Random(32);
        List<Range> ranges = new ArrayList<>();
        CidrIndex.Builder builder = CidrIndex.builder();
        for (int ordinal = 0; ordinal < 5_000; ordinal++) {
            int length = 1 + random.nextInt(32);
            int network = (random.nextInt(8) << 24) | random.nextInt(1 << 24); // 0.0.0.0/5, so that ranges nest
            ranges.add(new Range(network, length, ordinal));
            builder.ipv4(network, length, ordinal);
        }
        CidrIndex index = builder.build();
        Probes probes = new Probes();
        int[] addresses = new int[4_000];
        for (int owner = 0; owner < addresses.length; owner++) {
            Range near = ranges.get(random.nextInt(ranges.size()));
            addresses[owner] = owner % 2 == 0 ? near.network() ^ random.nextInt(256) : random.nextInt();
            index.probeIpv4(probes, owner, addresses[owner]);
        }
        Matches matches = new Matches();
        index.lookup(probes, matches);
        Matches single = new Matches();
        index.lookupEach(probes, single);

        for (int owner = 0; owner < addresses.length; owner++) {
            Set<Integer> expected = new TreeSet<>();
            for (Range range : ranges) {
                if (range.contains(addresses[owner])) {
                    expected.add(range.ordinal());
                }
            }
            assertThat(matches.of(owner)).as("address %08x", addresses[owner]).isEqualTo(expected);
        }
        assertThat(single.byOwner()).isEqualTo(matches.byOwner()).isNotEmpty();
    }

    @Test
    void slashZeroHoldsEveryAddressAndSlash32OnlyItself() {
        CidrIndex index = CidrIndex.builder().ipv4(0x0A000001, 0, 1).ipv4(0x0A000001, 32, 2).ipv4(0x0AFFFFFF, 8, 3).build();
        Probes probes = new Probes();
        index.probeIpv4(probes, 0, 0x0A000001);
        index.probeIpv4(probes, 1, 0x0A000002);
        index.probeIpv4(probes, 2, 0xC0000201);
        Matches matches = new Matches();
        index.lookup(probes, matches);

        assertThat(matches.byOwner()).isEqualTo(Map.of(0, Set.of(1, 2, 3), 1, Set.of(1, 3), 2, Set.of(1)));
    }

    @Test
    void ipv6RangesFromSlashZeroToSlash128() {
        long high = 0x20010DB800000000L;
        CidrIndex index = CidrIndex.builder().ipv6(0, 0, 0, 1).ipv6(high, 0, 32, 2).ipv6(high | 0xFFFF, 5, 64, 3)
                .ipv6(high, 5, 128, 4).ipv6(high, 4, 127, 5).ipv4(0, 0, 6).build();
        Probes probes = new Probes();
        index.probeIpv6(probes, 0, high, 5);
        index.probeIpv6(probes, 1, high, 6);
        index.probeIpv6(probes, 2, high | 0x1_0000L, 5);
        index.probeIpv6(probes, 3, 0x2002L << 48, 5);
        Matches matches = new Matches();
        index.lookup(probes, matches);

        assertThat(matches.byOwner()).isEqualTo(Map.of(0, Set.of(1, 2, 4, 5), 1, Set.of(1, 2), 2, Set.of(1, 2), 3, Set.of(1)));
    }

    @Test
    void hostBitsOfANetworkAreClearedAndPrefixLengthsChecked() {
        CidrIndex index = CidrIndex.builder().ipv4(0xC0A80177, 16, 9).build();
        Probes probes = new Probes();
        index.probeIpv4(probes, 0, 0xC0A8FF01);
        Matches matches = new Matches();
        index.lookup(probes, matches);

        assertThat(matches.of(0)).containsExactly(9);
        assertThatThrownBy(() -> CidrIndex.builder().ipv4(0, 33, 1)).hasMessageContaining("not 33");
        assertThatThrownBy(() -> CidrIndex.builder().ipv6(0, 0, -1, 1)).hasMessageContaining("not -1");
    }
}
