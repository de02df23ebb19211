package org.sipar.intel.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.intel.pattern.PatternTrees.and;
import static org.sipar.intel.pattern.PatternTrees.eq;
import static org.sipar.intel.pattern.PatternTrees.followedBy;
import static org.sipar.intel.pattern.PatternTrees.inside;
import static org.sipar.intel.pattern.PatternTrees.obs;
import static org.sipar.intel.pattern.PatternTrees.or;
import static org.sipar.intel.pattern.PatternTrees.path;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.sipar.intel.pattern.ComparisonExpression.Comparison;
import org.sipar.intel.pattern.Literal.IntLiteral;
import org.sipar.intel.pattern.ObservationExpression.Qualified;
import org.sipar.intel.pattern.Qualifier.Within;

class PatternPrecedenceTest {

    private static final Comparison X = eq("a", "x", 1);
    private static final Comparison Y = eq("a", "y", 2);
    private static final Comparison Z = eq("a", "z", 3);

    @Test
    void insideBracketsAndBindsTighterThanOr() {
        assertThat(inside("[a:x = 1 OR a:y = 2 AND a:z = 3]")).isEqualTo(or(X, and(Y, Z)));
        assertThat(inside("[a:x = 1 AND a:y = 2 OR a:z = 3]")).isEqualTo(or(and(X, Y), Z));
    }

    @Test
    void parenthesesInsideBracketsOverridePrecedence() {
        assertThat(inside("[(a:x = 1 OR a:y = 2) AND a:z = 3]")).isEqualTo(and(or(X, Y), Z));
    }

    @Test
    void notBelongsToOneComparisonNotToTheExpression() {
        assertThat(inside("[a:x NOT = 1 AND a:y = 2]"))
                .isEqualTo(and(new Comparison(path("a", "x"), Operator.EQUAL, true, new IntLiteral(1)), Y));
    }

    @Test
    void betweenObservationsAndBindsTighterThanOrWhichBindsTighterThanFollowedBy() {
        assertThat(StixPatterns.parse("[a:value = 1] FOLLOWEDBY [b:value = 2] OR [c:value = 3] AND [d:value = 4]"))
                .isEqualTo(followedBy(obs("a", 1), or(obs("b", 2), and(obs("c", 3), obs("d", 4)))));
        assertThat(StixPatterns.parse("[a:value = 1] AND [b:value = 2] OR [c:value = 3] FOLLOWEDBY [d:value = 4]"))
                .isEqualTo(followedBy(or(and(obs("a", 1), obs("b", 2)), obs("c", 3)), obs("d", 4)));
    }

    @Test
    void chainsOfOneOperatorAreFlatButParenthesesNestThem() {
        assertThat(StixPatterns.parse("[a:value = 1] AND [b:value = 2] AND [c:value = 3]"))
                .isEqualTo(and(obs("a", 1), obs("b", 2), obs("c", 3)));
        assertThat(StixPatterns.parse("([a:value = 1] AND [b:value = 2]) AND [c:value = 3]"))
                .isEqualTo(and(and(obs("a", 1), obs("b", 2)), obs("c", 3)));
    }

    @Test
    void aQualifierAppliesOnlyToTheExpressionItFollows() {
        Within fiveMinutes = new Within(BigDecimal.valueOf(300));
        assertThat(StixPatterns.parse("[a:value = 1] FOLLOWEDBY [b:value = 2] WITHIN 300 SECONDS"))
                .isEqualTo(followedBy(obs("a", 1), new Qualified(obs("b", 2), fiveMinutes)));
        assertThat(StixPatterns.parse("([a:value = 1] FOLLOWEDBY [b:value = 2]) WITHIN 300 SECONDS"))
                .isEqualTo(new Qualified(followedBy(obs("a", 1), obs("b", 2)), fiveMinutes));
    }
}
