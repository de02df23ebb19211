package org.sipar.detect.internal.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a hostile or unusable pattern does: a bounded answer, or a refusal at compile time naming the cause. */
class GuardsTest {

    private static final Observation TEXT = Fixtures.at("o", 0,
            "{\"0\": {\"type\": \"x-text\", \"value\": \"" + "a".repeat(5000) + "!\"}}");

    @Test
    void aCatastrophicRegexIsUndecidedSoNeitherMatchesNorNotMatchesHolds() {
        // (a+)+$ against 5,000 a's and a '!' backtracks exponentially without the step budget.
        assertThat(PatternEvaluator.compile("[x-text:value MATCHES '(a+)+$']").matches(TEXT)).isFalse();
        assertThat(PatternEvaluator.compile("[x-text:value NOT MATCHES '(a+)+$']").matches(TEXT)).isFalse();
        assertThat(PatternEvaluator.compile("[x-text:value MATCHES 'a+!$']").matches(TEXT)).isTrue();
    }

    @Test
    void anUndecidedComparisonLeavesTheOtherBranchOfAnOrFree() {
        var either = PatternEvaluator.compile("[x-text:value MATCHES '(a+)+$' OR x-text:value LIKE 'a%!']");

        assertThat(either.matches(TEXT)).isTrue();
    }

    @Test
    void refusesRegexesJavaCannotReadNamingThem() {
        assertThatThrownBy(() -> PatternEvaluator.compile("[x-text:value MATCHES '(?R)']"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'(?R)'");
        assertThatThrownBy(() -> PatternEvaluator.compile("[x-text:value MATCHES 'a\\\\Kb']"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a\\Kb");
    }

    @Test
    void refusesASubnetThatIsNoAddressNamingIt() {
        assertThatThrownBy(() -> PatternEvaluator.compile("[ipv4-addr:value ISSUBSET '10.0.0.0/33']"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'10.0.0.0/33'");
        assertThatThrownBy(() -> PatternEvaluator.compile("[ipv4-addr:value ISSUBSET 'intranet.example']"))
                .hasMessageContaining("intranet.example");
    }

    @Test
    void unreadableObservedAddressesAreSimplyNotInTheSubnet() {
        Observation odd = Fixtures.at("o", 0, "{\"0\": {\"type\": \"ipv4-addr\", \"value\": \"999.1.1.1\"}, "
                + "\"1\": {\"type\": \"ipv6-addr\", \"value\": \"fe80::1%eth0\"}}");

        assertThat(PatternEvaluator.compile("[ipv4-addr:value ISSUBSET '0.0.0.0/0']").matches(odd)).isFalse();
        assertThat(PatternEvaluator.compile("[ipv6-addr:value ISSUBSET '::/0']").matches(odd)).isFalse();
    }

    @Test
    void refusesARepetitionBeyondWhatIsEvaluated() {
        assertThatThrownBy(() -> PatternEvaluator.compile("[x-text:value = 'a'] REPEATS 5000 TIMES"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5000");
        assertThat(PatternEvaluator.compile("[x-text:value = 'a'] REPEATS 4096 TIMES").match(List.of(TEXT))
                .outcome()).isEqualTo(Match.Outcome.NOT_MATCHED);
    }
}
