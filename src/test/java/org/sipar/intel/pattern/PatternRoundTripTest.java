package org.sipar.intel.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.intel.pattern.PatternTrees.and;
import static org.sipar.intel.pattern.PatternTrees.eq;
import static org.sipar.intel.pattern.PatternTrees.obs;
import static org.sipar.intel.pattern.PatternTrees.or;
import static org.sipar.intel.pattern.PatternTrees.path;
import static org.sipar.intel.pattern.PatternTrees.str;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.sipar.intel.pattern.Literal.BinaryLiteral;
import org.sipar.intel.pattern.Literal.FloatLiteral;
import org.sipar.intel.pattern.Literal.TimestampLiteral;
import org.sipar.intel.pattern.ObservationExpression.Qualified;
import org.sipar.intel.pattern.Qualifier.Repeats;
import org.sipar.intel.pattern.Qualifier.StartStop;
import org.sipar.intel.pattern.Qualifier.Within;

class PatternRoundTripTest {

    static List<String> corpus() {
        return PatternTrees.specExamples();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void renderingAParsedPatternParsesToAnEqualTreeAndRendersTheSame(String text) {
        ObservationExpression tree = StixPatterns.parse(text);
        String rendered = tree.render();
        assertThat(StixPatterns.parse(rendered)).isEqualTo(tree);
        assertThat(StixPatterns.parse(rendered).render()).isEqualTo(rendered);
    }

    static Stream<ObservationExpression> builtTrees() {
        Within five = new Within(BigDecimal.valueOf(5));
        return Stream.of(
                and(and(obs("a", 1), obs("b", 2)), obs("c", 3)),
                and(or(obs("a", 1), obs("b", 2)), new ObservationExpression.FollowedBy(List.of(obs("c", 3), obs("d", 4)))),
                obs(and(eq("a", "x", 1), or(eq("a", "y", 2), and(eq("a", "z", 3), eq("a", "w", 4))))),
                obs(or(or(eq("a", "x", 1), eq("a", "y", 2)), eq("a", "z", 3))),
                new Qualified(new Qualified(obs("a", 1), five), five),
                new Qualified(new Qualified(new Qualified(obs("a", 1), five), new Repeats(2)), five),
                new Qualified(new Qualified(and(obs("a", 1), obs("b", 2)), new Repeats(3)),
                        new StartStop(Instant.parse("2016-01-01T00:00:00Z"), Instant.parse("2016-01-01T00:00:00.001Z"))),
                obs(eq(path("x-custom", "AND", "true", "it's", "back\\slash", "a b"), str("'\\'"))),
                obs(eq(path("a", "f"), new FloatLiteral(1e20))),
                obs(eq(path("a", "f"), new FloatLiteral(-1.5e-7))),
                obs(eq(path("a", "t"), TimestampLiteral.of(Instant.parse("2020-02-29T12:00:00.000001Z")))),
                obs(eq(path("a", "b"), new BinaryLiteral(new byte[] {(byte) 0xfb, (byte) 0xff}))));
    }

    @ParameterizedTest
    @MethodSource("builtTrees")
    void treesBuiltInCodeRenderToTextThatParsesBackToThem(ObservationExpression tree) {
        assertThat(StixPatterns.parse(tree.render())).isEqualTo(tree);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "[file:size==1]                                  | [file:size = 1]",
        "[file:size<>1]                                  | [file:size != 1]",
        "( [ ( a:b = +1 ) ] )                            | [a:b = 1]",
        "[a:b = .5 AND a:c = h'FFD8' AND a:d = 'x']      | [a:b = 0.5 AND a:c = h'ffd8' AND a:d = 'x']",
        "[file:'name' = 'a' AND file:hashes.'MD5' = 'CEAD3F77F6CDA6EC00F57D76C9A6879F'] | [file:name = 'a' AND file:hashes.MD5 = 'CEAD3F77F6CDA6EC00F57D76C9A6879F']",
        "[a:b=1] WITHIN 5 SECONDS REPEATS 2 TIMES        | [a:b = 1] WITHIN 5 SECONDS REPEATS 2 TIMES",
        "([a:b=1] AND [a:c=2]) WITHIN 5 SECONDS          | ([a:b = 1] AND [a:c = 2]) WITHIN 5 SECONDS"})
    void renderingIsCanonical(String text, String canonical) {
        assertThat(StixPatterns.parse(text).render()).isEqualTo(canonical);
    }
}
