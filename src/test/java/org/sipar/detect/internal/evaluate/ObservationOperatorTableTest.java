package org.sipar.detect.internal.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Observation operators and qualifiers over a timeline: a file hash at T0 and again at T0+1000 s, a registry key
 * at T0+100 s, and a domain seen three times between T0+2000 s and T0+2100 s. Each row names the observations
 * the first binding found uses (empty for no match).
 */
class ObservationOperatorTableTest {

    private static final String HASH = "[file:hashes.MD5 = '79054025255fb1a26e4bc422aef54eb4']";
    private static final String KEY = "[windows-registry-key:key = 'HKEY_LOCAL_MACHINE\\\\foo\\\\bar']";
    private static final String DOMAIN = "[domain-name:value = 'example.com']";

    private static final Observation FILE = Fixtures.at("file-at-0", 0,
            "{\"0\": {\"type\": \"file\", \"hashes\": {\"MD5\": \"79054025255fb1a26e4bc422aef54eb4\"}}}");
    private static final Observation REGISTRY = Fixtures.at("key-at-100", 100,
            "{\"0\": {\"type\": \"windows-registry-key\", \"key\": \"HKEY_LOCAL_MACHINE\\\\foo\\\\bar\"}}");
    private static final Observation FILE_AGAIN = Fixtures.at("file-at-1000", 1000,
            "{\"0\": {\"type\": \"file\", \"hashes\": {\"MD5\": \"79054025255fb1a26e4bc422aef54eb4\"}}}");
    private static final Observation DOMAINS = Fixtures.seen("domain-3x", 2000, 2100, 3,
            "{\"0\": {\"type\": \"domain-name\", \"value\": \"example.com\"}}");
    private static final List<Observation> TIMELINE = List.of(FILE, REGISTRY, FILE_AGAIN, DOMAINS);

    static Stream<Arguments> rows() {
        return Stream.of(
                row(HASH, "file-at-0"),
                row(HASH + " AND " + KEY, "file-at-0", "key-at-100"),
                row(HASH + " AND [process:name = 'x']"),
                row(HASH + " OR [process:name = 'x']", "file-at-0"),
                row("[process:name = 'x'] OR " + KEY, "key-at-100"),
                row(HASH + " AND " + HASH, "file-at-0", "file-at-1000"),
                row(HASH + " FOLLOWEDBY " + KEY, "file-at-0", "key-at-100"),
                row(KEY + " FOLLOWEDBY " + HASH, "key-at-100", "file-at-1000"),
                row(DOMAIN + " FOLLOWEDBY " + KEY),
                row(HASH + " FOLLOWEDBY " + KEY + " FOLLOWEDBY " + HASH, "file-at-0", "key-at-100", "file-at-1000"),
                row(KEY + " FOLLOWEDBY " + HASH + " FOLLOWEDBY " + KEY),
                row("(" + HASH + " OR " + KEY + ") FOLLOWEDBY " + DOMAIN, "file-at-0", "domain-3x"),
                row("(" + HASH + " FOLLOWEDBY " + KEY + ") WITHIN 300 SECONDS", "file-at-0", "key-at-100"),
                row("(" + HASH + " FOLLOWEDBY " + KEY + ") WITHIN 50 SECONDS"),
                row("(" + HASH + " FOLLOWEDBY " + KEY + ") WITHIN 100 SECONDS", "file-at-0", "key-at-100"),
                row("(" + KEY + " FOLLOWEDBY " + HASH + ") WITHIN 300 SECONDS"),
                row("(" + KEY + " AND " + HASH + ") WITHIN 150.5 SECONDS", "file-at-0", "key-at-100"),
                row(HASH + " REPEATS 2 TIMES", "file-at-0", "file-at-1000"),
                row(HASH + " REPEATS 3 TIMES"),
                row(HASH + " REPEATS 2 TIMES WITHIN 500 SECONDS"),
                row(DOMAIN + " REPEATS 3 TIMES", "domain-3x"), // number_observed 3 counts three times
                row(DOMAIN + " REPEATS 4 TIMES"),
                row(DOMAIN + " AND " + DOMAIN, "domain-3x"),
                row(DOMAIN + " REPEATS 2 TIMES WITHIN 10 SECONDS", "domain-3x"),
                row("(" + HASH + " OR " + KEY + ") REPEATS 3 TIMES", "file-at-0", "key-at-100", "file-at-1000"),
                row(HASH + " START t'2026-11-01T09:00:00Z' STOP t'2026-11-01T10:00:10Z'", "file-at-0"),
                row(HASH + " START t'2026-11-01T10:00:01Z' STOP t'2026-11-01T10:05:00Z'"),
                row(HASH + " START t'2026-11-01T09:00:00Z' STOP t'2026-11-01T10:00:00Z'"), // STOP is exclusive
                row(HASH + " START t'2026-11-01T10:00:00Z' STOP t'2026-11-01T10:00:01Z'", "file-at-0"),
                row(DOMAIN + " START t'2026-11-01T10:34:10Z' STOP t'2026-11-01T11:00:00Z'", "domain-3x"),
                row("(" + HASH + " AND " + KEY + ") START t'2026-11-01T09:00:00Z' STOP t'2026-11-01T10:01:00Z'"),
                row("(" + HASH + " AND " + KEY + ") START t'2026-11-01T09:00:00Z' STOP t'2026-11-01T10:02:00Z'",
                        "file-at-0", "key-at-100"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("rows")
    void bindsTheObservationsTheOperatorsAndQualifiersAllow(String pattern, List<String> expected) {
        Match match = PatternEvaluator.compile(pattern).match(TIMELINE);

        assertThat(match.outcome()).isEqualTo(expected.isEmpty() ? Match.Outcome.NOT_MATCHED : Match.Outcome.MATCHED);
        assertThat(match.observations()).extracting(Observation::id).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void readsTimestampsNotTheOrderObservationsAreGivenIn(String pattern, List<String> expected) {
        List<Observation> shuffled = new ArrayList<>(TIMELINE);
        Collections.reverse(shuffled);

        assertThat(PatternEvaluator.compile(pattern).match(shuffled).matched()).isEqualTo(!expected.isEmpty());
    }

    @Test
    void followedByAcceptsOverlappingIntervalsWhenSomeOrderOfMomentsExists() {
        Observation early = Fixtures.seen("a", 0, 100, 1, "{\"0\": {\"type\": \"x-a\", \"n\": 1}}");
        Observation inside = Fixtures.seen("b", 50, 60, 1, "{\"0\": {\"type\": \"x-b\", \"n\": 1}}");
        Observation before = Fixtures.seen("c", -60, -1, 1, "{\"0\": {\"type\": \"x-b\", \"n\": 2}}");
        var sequence = PatternEvaluator.compile("[x-a:n = 1] FOLLOWEDBY [x-b:n > 0]");

        assertThat(sequence.match(List.of(early, inside)).matched()).isTrue();
        assertThat(sequence.match(List.of(early, before)).matched()).isFalse();
    }

    @Test
    void answersNotMatchedForNoObservations() {
        assertThat(PatternEvaluator.compile(HASH).match(List.of()).outcome()).isEqualTo(Match.Outcome.NOT_MATCHED);
    }

    @Test
    void decidesRepeatsWithinOverManyObservationsByDroppingPartialBindingsOutsideTheWindow() {
        List<Observation> hourly = hourly(200);
        var burst = PatternEvaluator.compile("[x-a:n = 1] REPEATS 5 TIMES WITHIN 1800 SECONDS");

        assertThat(burst.match(hourly).outcome()).isEqualTo(Match.Outcome.NOT_MATCHED);
        List<Observation> withBurst = new ArrayList<>(hourly);
        for (int minute = 1; minute <= 4; minute++) {
            withBurst.add(Fixtures.at("burst" + minute, 150 * 3600L + minute * 60L, "{\"0\": {\"type\": \"x-a\", \"n\": 1}}"));
        }
        assertThat(burst.match(withBurst).observations()).extracting(Observation::id)
                .containsExactly("o150", "burst1", "burst2", "burst3", "burst4");
    }

    @Test
    void givesUpAsUndecidedWhenTheSearchOutgrowsItsBudget() {
        List<Observation> hourly = new ArrayList<>(hourly(40));
        hourly.add(Fixtures.at("early", -3600, "{\"0\": {\"type\": \"x-b\", \"n\": 1}}"));
        // Each of the C(40, 20) sets of twenty is refused only once bound whole: none precedes the x-b.
        var hard = PatternEvaluator.compile("([x-a:n = 1] REPEATS 20 TIMES) FOLLOWEDBY [x-b:n = 1]");

        assertThat(hard.match(hourly).outcome()).isEqualTo(Match.Outcome.UNDECIDED);
        assertThat(hard.match(hourly.subList(0, 1)).outcome()).isEqualTo(Match.Outcome.NOT_MATCHED);
    }

    private static List<Observation> hourly(int hours) {
        List<Observation> observations = new ArrayList<>();
        for (int hour = 0; hour < hours; hour++) {
            observations.add(Fixtures.at("o" + hour, hour * 3600L, "{\"0\": {\"type\": \"x-a\", \"n\": 1}}"));
        }
        return observations;
    }

    private static Arguments row(String pattern, String... observations) {
        return Arguments.of(pattern, List.of(observations));
    }
}
