package org.sipar.intel.pattern;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.sipar.intel.pattern.ComparisonExpression.Comparison;
import org.sipar.intel.pattern.Literal.IntLiteral;
import org.sipar.intel.pattern.Literal.StringLiteral;
import org.sipar.intel.pattern.ObservationExpression.Observation;

/** Short builders for expected trees, and the positive corpus, shared by the pattern tests. */
final class PatternTrees {

    private PatternTrees() {
    }

    static ObjectPath path(String type, String... properties) {
        return ObjectPath.of(type, properties);
    }

    static Comparison eq(ObjectPath path, Literal value) {
        return new Comparison(path, Operator.EQUAL, false, value);
    }

    static Comparison eq(String type, String property, long value) {
        return eq(path(type, property), new IntLiteral(value));
    }

    static StringLiteral str(String value) {
        return new StringLiteral(value);
    }

    static Observation obs(ComparisonExpression comparison) {
        return new Observation(comparison);
    }

    /** {@code [type:value = n]}, a distinct one-comparison observation per argument. */
    static Observation obs(String type, long value) {
        return obs(eq(type, "value", value));
    }

    static ComparisonExpression.And and(ComparisonExpression... operands) {
        return new ComparisonExpression.And(Arrays.asList(operands));
    }

    static ComparisonExpression.Or or(ComparisonExpression... operands) {
        return new ComparisonExpression.Or(Arrays.asList(operands));
    }

    static ObservationExpression.And and(ObservationExpression... operands) {
        return new ObservationExpression.And(Arrays.asList(operands));
    }

    static ObservationExpression.Or or(ObservationExpression... operands) {
        return new ObservationExpression.Or(Arrays.asList(operands));
    }

    static ObservationExpression.FollowedBy followedBy(ObservationExpression... operands) {
        return new ObservationExpression.FollowedBy(Arrays.asList(operands));
    }

    /** The comparison expression inside a pattern that is a single {@code [ ... ]}. */
    static ComparisonExpression inside(String pattern) {
        return ((Observation) StixPatterns.parse(pattern)).comparison();
    }

    /** The patterns of the positive corpus in {@code spec-examples.txt}, comments left out. */
    static List<String> specExamples() {
        try (InputStream in = PatternTrees.class.getResourceAsStream("spec-examples.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read spec-examples.txt", e);
        }
    }
}
