package org.sipar.detect.internal.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class LiveIndexTests {

    /** Generation g holds the addresses 0 to 999, each with the ordinal g: one consistent generation or another. */
    private static IndexSnapshot generation(int g) {
        ExactIndex.Builder exact = ExactIndex.builder();
        for (int address = 0; address < 1_000; address++) {
            exact.ipv4(address, g);
        }
        return new IndexSnapshot(g, exact.build(), CidrIndex.builder().build(), DomainIndex.builder().build());
    }

    @Test
    void readersSeeWholeGenerationsWhileNewOnesAreBuiltAndSwappedIn() throws Exception {
        LiveIndex live = new LiveIndex(generation(1));
        AtomicBoolean building = new AtomicBoolean(true);
        CompletableFuture<Integer> reader = CompletableFuture.supplyAsync(() -> {
            Probes probes = new Probes();
            for (int address = 0; address < 1_000; address++) {
                probes.ipv4(address, address);
            }
            int inconsistent = 0;
            for (int reads = 0; building.get() || reads < 10; reads++) {
                IndexSnapshot snapshot = live.current();
                Matches matches = new Matches();
                snapshot.exact().lookup(probes, matches);
                boolean whole = matches.byOwner().size() == 1_000 && matches.byOwner().values().stream()
                        .allMatch(ordinals -> ordinals.equals(Set.of((int) snapshot.generation())));
                inconsistent += whole ? 0 : 1;
            }
            return inconsistent;
        });
        for (int g = 2; g <= 50; g++) {
            live.publish(generation(g));
        }
        building.set(false);

        assertThat(reader.get()).isZero();
        assertThat(live.current().generation()).isEqualTo(50);
    }

    @Test
    void aGenerationNoNewerThanThePublishedOneIsRefused() {
        LiveIndex live = new LiveIndex(generation(5));

        assertThatThrownBy(() -> live.publish(generation(5))).hasMessageContaining("generation 5 is not newer");
        assertThat(live.current().generation()).isEqualTo(5);
        assertThat(IndexSnapshot.empty().bytes()).isPositive();
    }
}
