package org.sipar.intel.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PatternLimitsTest {

    @Test
    void nestingDeeperThanTheLimitIsRejectedInsteadOfOverflowingTheStack() {
        String deep = "(".repeat(5000) + "[a:b = 1]" + ")".repeat(5000);
        assertThatThrownBy(() -> StixPatterns.parse(deep)).isInstanceOfSatisfying(PatternRejected.class, e -> {
            assertThat(e.position()).isEqualTo(Cursor.MAX_DEPTH);
            assertThat(e.reason()).isEqualTo("expected at most 100 levels of nesting but found a deeper one");
        });
    }

    @Test
    void nestingUpToTheLimitIsAccepted() {
        int parentheses = Cursor.MAX_DEPTH - 1; // the brackets are the last level
        String deep = "(".repeat(parentheses) + "[a:b = 1]" + ")".repeat(parentheses);
        assertThat(StixPatterns.parse(deep)).isEqualTo(StixPatterns.parse("[a:b = 1]"));
    }

    @Test
    void longFlatChainsParseAndRenderWithoutDeepRecursion() {
        String comparisons = IntStream.range(0, 20_000).mapToObj(i -> "ipv4-addr:value = '10.0.0." + (i % 256) + "'")
                .collect(Collectors.joining(" OR "));
        ObservationExpression pattern = StixPatterns.parse("[" + comparisons + "]");
        assertThat(pattern.paths()).hasSize(20_000);
        assertThat(StixPatterns.parse(pattern.render())).isEqualTo(pattern);
    }

    @Test
    void aMissingTextIsAnArgumentErrorNotARejection() {
        assertThatThrownBy(() -> StixPatterns.parse(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pattern text must not be null");
    }
}
