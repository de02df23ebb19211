package org.sipar.intel.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sipar.intel.pattern.ObservationExpression.Qualified;

class PatternSpecExamplesTest {

    private static final List<String> EXAMPLES = PatternTrees.specExamples();

    static List<String> examples() {
        return EXAMPLES;
    }

    @Test
    void theCorpusHoldsTheSpecificationsExamplesAndMore() {
        assertThat(EXAMPLES).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleParsesAndTouchesAtLeastOneObjectPath(String example) {
        ObservationExpression pattern = StixPatterns.parse(example);
        assertThat(pattern.paths()).isNotEmpty();
        assertThat(pattern.objectTypes()).allMatch(type -> type.matches("[a-z0-9-]+"));
    }

    @Test
    void theCorpusCoversEveryOperatorAndQualifier() {
        String rendered = String.join("\n", EXAMPLES.stream().map(text -> StixPatterns.parse(text).render()).toList());
        for (Operator operator : Operator.values()) {
            assertThat(rendered).as(operator.name()).contains(" " + operator.symbol() + " ");
        }
        assertThat(rendered).contains(" NOT ", "EXISTS ", " FOLLOWEDBY ", " WITHIN ", " REPEATS ", " START t'", "h'", "b'");
    }

    @Test
    void theRegistryKeyExampleIsASequenceUnderOneTimeWindow() {
        Qualified pattern = (Qualified) StixPatterns.parse(EXAMPLES.get(4));
        assertThat(pattern.expression()).isInstanceOf(ObservationExpression.FollowedBy.class);
        assertThat(pattern.objectTypes()).containsExactly("file", "windows-registry-key");
        assertThat(pattern.render()).contains("'HKEY_LOCAL_MACHINE\\\\foo\\\\bar'");
    }

    @Test
    void theUserAccountExampleIsThreeObservationsOfThreeComparisonsEach() {
        ObservationExpression.And pattern = (ObservationExpression.And) StixPatterns.parse(EXAMPLES.get(5));
        assertThat(pattern.operands()).hasSize(3).allSatisfy(operand -> assertThat(operand.paths()).hasSize(3));
        assertThat(pattern.objectTypes()).containsExactly("user-account");
    }
}
