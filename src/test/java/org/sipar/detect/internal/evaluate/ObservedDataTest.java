package org.sipar.detect.internal.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Observations read from observed-data JSON, in the inline form and the 2.1 bundle form. */
class ObservedDataTest {

    @Test
    void readsInlineObjectsWithTheirIntervalAndCount() {
        Observation observation = ObservedData.of(JsonMapper.shared().readTree("""
                {"type": "observed-data", "id": "observed-data--b67d30ff-02ac-498a-92f9-32f845f448cf",
                 "first_observed": "2005-01-21T11:17:41Z", "last_observed": "2005-01-21T11:22:41.5Z",
                 "number_observed": 5,
                 "objects": {"0": {"type": "ipv4-addr", "value": "198.51.100.3"},
                             "1": {"type": "network-traffic", "dst_ref": "0", "dst_port": 443}}}
                """));

        assertThat(observation.id()).isEqualTo("observed-data--b67d30ff-02ac-498a-92f9-32f845f448cf");
        assertThat(observation.firstObserved()).isEqualTo(Instant.parse("2005-01-21T11:17:41Z"));
        assertThat(observation.lastObserved()).isEqualTo(Instant.parse("2005-01-21T11:22:41.5Z"));
        assertThat(observation.numberObserved()).isEqualTo(5);
        assertThat(PatternEvaluator.compile("[network-traffic:dst_ref.value = '198.51.100.3' AND "
                + "network-traffic:dst_port = 443] REPEATS 5 TIMES").matches(observation)).isTrue();
    }

    @Test
    void resolvesObjectRefsAndWhatTheyReferenceWithinTheBundle() {
        List<Observation> observations = ObservedData.fromBundle(JsonMapper.shared().readTree("""
                {"type": "bundle", "id": "bundle--1", "objects": [
                  {"type": "observed-data", "id": "observed-data--1", "first_observed": "2026-11-01T10:00:00Z",
                   "last_observed": "2026-11-01T10:00:00Z", "number_observed": 1,
                   "object_refs": ["domain-name--1"]},
                  {"type": "domain-name", "id": "domain-name--1", "value": "evil.example",
                   "resolves_to_refs": ["ipv4-addr--1"]},
                  {"type": "ipv4-addr", "id": "ipv4-addr--1", "value": "203.0.113.9"},
                  {"type": "ipv4-addr", "id": "ipv4-addr--2", "value": "203.0.113.10"},
                  {"type": "observed-data", "id": "observed-data--2", "first_observed": "2026-11-01T10:05:00Z",
                   "last_observed": "2026-11-01T10:05:00Z", "number_observed": 1, "object_refs": ["ipv4-addr--2"]}]}
                """));

        assertThat(observations).extracting(Observation::id).containsExactly("observed-data--1", "observed-data--2");
        assertThat(observations.getFirst().objects()).containsOnlyKeys("domain-name--1", "ipv4-addr--1");
        Match match = PatternEvaluator.compile("[domain-name:resolves_to_refs[*].value ISSUBSET '203.0.113.0/24'] "
                + "FOLLOWEDBY [ipv4-addr:value = '203.0.113.10']").match(observations);
        assertThat(match.observations()).isEqualTo(observations);
    }

    @Test
    void refusesObservedDataWithoutTimestampsOrCount() {
        var json = JsonMapper.shared();

        assertThatThrownBy(() -> ObservedData.of(json.readTree("""
                {"id": "observed-data--x", "first_observed": "yesterday", "last_observed": "2026-11-01T10:00:00Z",
                 "number_observed": 1, "objects": {}}""")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first_observed")
                .hasMessageContaining("yesterday");
        assertThatThrownBy(() -> ObservedData.of(json.readTree("""
                {"id": "observed-data--x", "first_observed": "2026-11-01T10:00:00Z",
                 "last_observed": "2026-11-01T10:00:00Z", "objects": {}}""")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("number_observed");
    }

    @Test
    void refusesAnIntervalThatRunsBackwardsOrACountBelowOne() {
        Instant now = Instant.parse("2026-11-01T10:00:00Z");

        assertThatThrownBy(() -> new Observation("o", now, now.minusSeconds(1), 1, java.util.Map.of()))
                .hasMessageContaining("before it begins");
        assertThatThrownBy(() -> new Observation("o", now, now, 0, java.util.Map.of()))
                .hasMessageContaining("got 0");
    }
}
