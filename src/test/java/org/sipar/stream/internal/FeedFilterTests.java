package org.sipar.stream.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sipar.intel.Change;
import org.sipar.intel.StoredObject;
import org.sipar.platform.InputRejected;
import org.sipar.sharing.Tlp;

class FeedFilterTests {

    private static final String INDICATOR = """
            {"type":"indicator","id":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","labels":["malicious-activity","apt"],
             "confidence":70}""";

    private static Change added(String type, Tlp tlp, String json) {
        return new Change.VersionAdded(new StoredObject(1, 7, "x--1", type, "2.1", "2026-01-01T00:00:00.000Z",
                Instant.EPOCH, tlp, null, false, json));
    }

    private static FeedFilter filter(Map<String, String[]> parameters) {
        return FeedFilter.parse(parameters);
    }

    @Test
    void noParametersAdmitEverything() {
        assertThat(filter(Map.of())).isEqualTo(FeedFilter.EVERYTHING);
        assertThat(FeedFilter.EVERYTHING.admits(added("malware", Tlp.RED, "{}"))).isTrue();
    }

    @Test
    void eachPartNarrowsWhatPasses() {
        Change indicator = added("indicator", Tlp.GREEN, INDICATOR);
        assertThat(filter(Map.of("type", new String[] {"malware,indicator"})).admits(indicator)).isTrue();
        assertThat(filter(Map.of("type", new String[] {"malware"})).admits(indicator)).isFalse();
        assertThat(filter(Map.of("tlp", new String[] {"clear", "green"})).admits(indicator)).isTrue();
        assertThat(filter(Map.of("tlp", new String[] {"amber+strict"})).admits(indicator)).isFalse();
        assertThat(filter(Map.of("label", new String[] {"apt"})).admits(indicator)).isTrue();
        assertThat(filter(Map.of("label", new String[] {"benign"})).admits(indicator)).isFalse();
        assertThat(filter(Map.of("min_confidence", new String[] {"70"})).admits(indicator)).isTrue();
        assertThat(filter(Map.of("min_confidence", new String[] {"71"})).admits(indicator)).isFalse();
        assertThat(filter(Map.of("min_confidence", new String[] {"1"})).admits(added("indicator", Tlp.GREEN, "{}")))
                .as("no stated confidence does not reach a minimum").isFalse();
    }

    @Test
    void tombstonesPassEveryPartButTheType() {
        Change deleted = new Change.VersionDeleted(9, "malware--1", "malware", "2026-01-01T00:00:00.000Z",
                UUID.randomUUID(), Instant.EPOCH);
        FeedFilter strict = filter(Map.of("label", new String[] {"apt"}, "tlp", new String[] {"red"},
                "min_confidence", new String[] {"90"}));
        assertThat(strict.admits(deleted)).isTrue();
        assertThat(filter(Map.of("type", new String[] {"indicator"})).admits(deleted)).isFalse();
    }

    @Test
    void everyBadValueIsNamedWithItsParameter() {
        assertThatThrownBy(() -> filter(Map.of("tlp", new String[] {"purple"}, "min_confidence", new String[] {"high"},
                "type", new String[] {"Not A Type"}, "collection", new String[] {"c-1"})))
                .isInstanceOfSatisfying(InputRejected.class, e -> assertThat(e.problems())
                        .extracting(InputRejected.Problem::field, InputRejected.Problem::value)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("tlp", "purple"),
                                org.assertj.core.groups.Tuple.tuple("min_confidence", "high"),
                                org.assertj.core.groups.Tuple.tuple("type", "Not A Type"),
                                org.assertj.core.groups.Tuple.tuple("collection", "c-1")));
        assertThatThrownBy(() -> filter(Map.of("min_confidence", new String[] {"101"})))
                .hasMessageContaining("min_confidence").hasMessageContaining("101");
    }
}
