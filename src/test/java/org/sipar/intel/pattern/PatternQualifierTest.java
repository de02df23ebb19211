package org.sipar.intel.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.intel.pattern.PatternTrees.obs;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sipar.intel.pattern.ObservationExpression.Qualified;
import org.sipar.intel.pattern.Qualifier.Repeats;
import org.sipar.intel.pattern.Qualifier.StartStop;
import org.sipar.intel.pattern.Qualifier.Within;

class PatternQualifierTest {

    @Test
    void withinTakesWholeOrFractionalSeconds() {
        assertThat(StixPatterns.parse("[a:value = 1] WITHIN 300 SECONDS"))
                .isEqualTo(new Qualified(obs("a", 1), new Within(new BigDecimal("300"))));
        assertThat(((Qualified) StixPatterns.parse("[a:value = 1] WITHIN 2.5 SECONDS")).qualifier())
                .isEqualTo(new Within(new BigDecimal("2.5")));
    }

    @Test
    void repeatsTakesACount() {
        assertThat(StixPatterns.parse("[a:value = 1] REPEATS 5 TIMES")).isEqualTo(new Qualified(obs("a", 1), new Repeats(5)));
    }

    @Test
    void startStopTakesTwoTimestamps() {
        assertThat(StixPatterns.parse("[a:value = 1] START t'2016-06-01T00:00:00Z' STOP t'2016-07-01T00:00:00.5Z'"))
                .isEqualTo(new Qualified(obs("a", 1), new StartStop(Instant.parse("2016-06-01T00:00:00Z"),
                        Instant.parse("2016-07-01T00:00:00.500Z"))));
    }

    @Test
    void differentQualifiersChainOnOneExpressionInTheOrderWritten() {
        assertThat(StixPatterns.parse("[a:value = 1] REPEATS 5 TIMES WITHIN 1800 SECONDS"))
                .isEqualTo(new Qualified(new Qualified(obs("a", 1), new Repeats(5)), new Within(new BigDecimal(1800))));
    }

    @Test
    void theSameQualifierTwiceNeedsParentheses() {
        assertThat(StixPatterns.parse("([a:value = 1] WITHIN 5 SECONDS) WITHIN 6 SECONDS"))
                .isEqualTo(new Qualified(new Qualified(obs("a", 1), new Within(BigDecimal.valueOf(5))),
                        new Within(BigDecimal.valueOf(6))));
    }

    @Test
    void afterParenthesesTheSameQualifierMayRepeatAsTheGrammarAllows() {
        // From the OASIS pattern validator's passing cases.
        ObservationExpression chained = StixPatterns.parse(
                "([win-registry-key:key = 'hkey_local_machine\\\\foo\\\\bar']) WITHIN 5 SECONDS WITHIN 6 SECONDS");
        assertThat(chained).isInstanceOfSatisfying(Qualified.class, outer -> {
            assertThat(outer.qualifier()).isEqualTo(new Within(BigDecimal.valueOf(6)));
            assertThat(outer.expression()).isInstanceOfSatisfying(Qualified.class,
                    inner -> assertThat(inner.qualifier()).isEqualTo(new Within(BigDecimal.valueOf(5))));
        });
        assertThat(StixPatterns.parse(chained.render())).isEqualTo(chained);
        assertThat(StixPatterns.parse("([a:value = 1] REPEATS 2 TIMES) REPEATS 2 TIMES").render())
                .isEqualTo("([a:value = 1] REPEATS 2 TIMES) REPEATS 2 TIMES");
        assertThat(StixPatterns.parse("([a:value = 1]) REPEATS 2 TIMES WITHIN 5 SECONDS REPEATS 3 TIMES").render())
                .isEqualTo("([a:value = 1] REPEATS 2 TIMES WITHIN 5 SECONDS) REPEATS 3 TIMES");
    }
}
