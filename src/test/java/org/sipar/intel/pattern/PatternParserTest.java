package org.sipar.intel.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.intel.pattern.PatternTrees.and;
import static org.sipar.intel.pattern.PatternTrees.eq;
import static org.sipar.intel.pattern.PatternTrees.inside;
import static org.sipar.intel.pattern.PatternTrees.obs;
import static org.sipar.intel.pattern.PatternTrees.path;
import static org.sipar.intel.pattern.PatternTrees.str;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sipar.intel.pattern.ComparisonExpression.Comparison;
import org.sipar.intel.pattern.ComparisonExpression.Exists;
import org.sipar.intel.pattern.Literal.IntLiteral;
import org.sipar.intel.pattern.Literal.ListLiteral;

class PatternParserTest {

    @Test
    void aSingleComparisonBecomesAnObservationOfOneComparison() {
        assertThat(StixPatterns.parse("[file:name = 'foo.dll']"))
                .isEqualTo(obs(eq(path("file", "name"), str("foo.dll"))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "=          | 1    | EQUAL",
        "==         | 1    | EQUAL",
        "!=         | 1    | NOT_EQUAL",
        "<>         | 1    | NOT_EQUAL",
        "<          | 1    | LESS_THAN",
        "<=         | 1    | LESS_THAN_OR_EQUAL",
        ">          | 1    | GREATER_THAN",
        ">=         | 1    | GREATER_THAN_OR_EQUAL",
        "LIKE       | 'a%' | LIKE",
        "MATCHES    | '^a' | MATCHES",
        "ISSUBSET   | '10.0.0.0/8' | IS_SUBSET",
        "ISSUPERSET | '10.1.2.3/32' | IS_SUPERSET"})
    void everyComparisonOperatorIsRecognised(String symbol, String value, Operator expected) {
        Comparison comparison = (Comparison) inside("[x:p " + symbol + " " + value + "]");
        assertThat(comparison.operator()).isEqualTo(expected);
        assertThat(comparison.negated()).isFalse();
    }

    @Test
    void notNegatesTheOperatorOfOneComparison() {
        assertThat(inside("[file:size NOT > 1024]"))
                .isEqualTo(new Comparison(path("file", "size"), Operator.GREATER_THAN, true, new IntLiteral(1024)));
        assertThat(((Comparison) inside("[ipv4-addr:value NOT ISSUBSET '10.0.0.0/8']")).negated()).isTrue();
    }

    @Test
    void inTakesAParenthesisedListWhichMayBeEmpty() {
        assertThat(inside("[network-traffic:dst_port NOT IN (80, 443)]")).isEqualTo(new Comparison(
                path("network-traffic", "dst_port"), Operator.IN, true,
                new ListLiteral(List.of(new IntLiteral(80), new IntLiteral(443)))));
        assertThat(((Comparison) inside("[file:name IN ()]")).value()).isEqualTo(new ListLiteral(List.of()));
    }

    @Test
    void existsTestsThatAPropertyIsPresent() {
        assertThat(inside("[EXISTS windows-registry-key:values AND windows-registry-key:key = 'Run']"))
                .isEqualTo(and(new Exists(path("windows-registry-key", "values")),
                        eq(path("windows-registry-key", "key"), str("Run"))));
    }

    @Test
    void commentsAndAnyWhitespaceAreIgnored() {
        assertThat(StixPatterns.parse("\t[ file:name /* the file */ =\n'x' ] // trailing comment"))
                .isEqualTo(StixPatterns.parse("[file:name = 'x']"));
    }

    @Test
    void keywordsNeedNoSurroundingSpaceWhereTheGrammarDoesNot() {
        assertThat(StixPatterns.parse("[a:b=1]AND[a:c IN(1,2)]").render()).isEqualTo("[a:b = 1] AND [a:c IN (1, 2)]");
    }
}
