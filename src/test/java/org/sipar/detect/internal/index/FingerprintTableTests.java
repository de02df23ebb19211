package org.sipar.detect.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FingerprintTableTests {

    private static final byte TAG = 9;

    @Test
    void keysThatShareAFingerprintAreToldApartByTheirBytes() {
        KeyList stored = new KeyList();
        for (int i = 0; i < 3; i++) {
            stored.addFingerprinted(42, TAG, new byte[] {(byte) i}, 10 + i);
        }
        stored.addFingerprinted(42, TAG, new byte[] {1}, 20);
        stored.addFingerprinted(43, TAG, new byte[] {1}, 30);
        stored.addFingerprinted(-1, TAG, new byte[] {5}, 40); // the largest unsigned fingerprint, in the last slots
        FingerprintTable table = TableBuilder.build(stored);

        Probes probes = new Probes();
        for (int i = 0; i < 4; i++) {
            probes.keys.addFingerprinted(42, TAG, new byte[] {(byte) i}, i);
        }
        probes.keys.addFingerprinted(-1, TAG, new byte[] {5}, 4);
        probes.keys.addFingerprinted(-1, TAG, new byte[] {6}, 5);
        Matches batch = new Matches();
        Pipeline.lookup(table, probes, batch);
        Matches single = new Matches();
        Pipeline.lookupEach(table, probes, single);

        Map<Integer, Set<Integer>> expected = Map.of(0, Set.of(10), 1, Set.of(11, 20), 2, Set.of(12), 4, Set.of(40));
        assertThat(batch.byOwner()).isEqualTo(expected);
        assertThat(single.byOwner()).isEqualTo(expected);
        assertThat(table.keys()).isEqualTo(5);
        assertThat(table.entries()).isEqualTo(6);
    }

    @Test
    void aBatchLongerThanOneChunkFindsEveryKey() {
        KeyList stored = new KeyList();
        Probes probes = new Probes();
        int count = Probes.CHUNK * 3 + 7;
        for (int i = 0; i < count; i++) {
            stored.addLong(i, i);
            probes.keys.addLong(i, i);
        }
        Matches matches = new Matches();
        Pipeline.lookup(TableBuilder.build(stored), probes, matches);

        assertThat(matches.byOwner()).hasSize(count);
        assertThat(matches.of(count - 1)).containsExactly(count - 1);
    }
}
