package org.sipar.detect.internal.evaluate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sipar.intel.pattern.ComparisonExpression;
import org.sipar.intel.pattern.ObservationExpression;
import org.sipar.intel.pattern.Qualifier;
import org.sipar.intel.pattern.StixPatterns;

/**
 * Entry point: compiles a parsed STIX 2.1 pattern into a {@link CompiledPattern}, once, for evaluation against
 * observations. Identical bracketed expressions share one leaf, so that {@code [a] AND [a]} and REPEATS test
 * each observation once per evaluation.
 */
public final class PatternEvaluator {

    /** The most observation copies one binding may hold (REPEATS multiplies): deeper searches are refused. */
    static final int MAX_BINDING = 4096;
    // A window longer than any two STIX timestamps apart (years 0000-9999) is as good as unbounded.
    private static final BigDecimal LONGEST_WINDOW = BigDecimal.valueOf(400_000_000_000L);

    private PatternEvaluator() {
    }

    /** Compiles {@code pattern}; throws IllegalArgumentException naming a regex, CIDR block or count it cannot use. */
    public static CompiledPattern compile(ObservationExpression pattern) {
        Objects.requireNonNull(pattern, "pattern");
        Map<ComparisonExpression, Integer> leafIds = new LinkedHashMap<>();
        List<CompiledPattern.LeafTest> leaves = new ArrayList<>();
        Binder root = binder(pattern, leafIds, leaves);
        long size = bindingSize(pattern);
        if (size > MAX_BINDING) {
            throw new IllegalArgumentException("pattern " + pattern.render() + " binds up to " + size
                    + " observations, more than the " + MAX_BINDING + " evaluated");
        }
        return new CompiledPattern(pattern, root, leaves, (int) size);
    }

    /** Parses and compiles the pattern text {@code text}. */
    public static CompiledPattern compile(String text) {
        return compile(StixPatterns.parse(text));
    }

    private static Binder binder(ObservationExpression expression, Map<ComparisonExpression, Integer> leafIds,
            List<CompiledPattern.LeafTest> leaves) {
        return switch (expression) {
            case ObservationExpression.Observation observation -> new Binder.Leaf(leafIds.computeIfAbsent(
                    observation.comparison(), comparison -> {
                        ObjectTest test = ObjectTest.compile(comparison);
                        leaves.add(new CompiledPattern.LeafTest(test, test.types()));
                        return leaves.size() - 1;
                    }));
            case ObservationExpression.And and -> new Binder.All(binders(and.operands(), leafIds, leaves));
            case ObservationExpression.Or or -> new Binder.Any(binders(or.operands(), leafIds, leaves));
            case ObservationExpression.FollowedBy sequence ->
                    new Binder.Sequence(binders(sequence.operands(), leafIds, leaves));
            case ObservationExpression.Qualified qualified ->
                    qualified(binder(qualified.expression(), leafIds, leaves), qualified.qualifier());
        };
    }

    private static List<Binder> binders(List<ObservationExpression> operands,
            Map<ComparisonExpression, Integer> leafIds, List<CompiledPattern.LeafTest> leaves) {
        return operands.stream().map(operand -> binder(operand, leafIds, leaves)).toList();
    }

    private static Binder qualified(Binder operand, Qualifier qualifier) {
        return switch (qualifier) {
            case Qualifier.Within within -> new Binder.Within(operand, window(within.seconds()));
            case Qualifier.StartStop interval -> new Binder.During(operand, interval.start(), interval.stop());
            case Qualifier.Repeats repeats -> new Binder.Repeat(operand, repeats.times());
        };
    }

    private static Duration window(BigDecimal seconds) {
        BigDecimal capped = seconds.min(LONGEST_WINDOW);
        long whole = capped.longValue();
        long nanos = capped.subtract(BigDecimal.valueOf(whole)).movePointRight(9).setScale(0, RoundingMode.DOWN)
                .longValue();
        return Duration.ofSeconds(whole, nanos);
    }

    // The most copies a binding of the expression can hold: OR binds one side, REPEATS n times its operand.
    private static long bindingSize(ObservationExpression expression) {
        return switch (expression) {
            case ObservationExpression.Observation observation -> 1;
            case ObservationExpression.And and -> and.operands().stream().mapToLong(PatternEvaluator::bindingSize).sum();
            case ObservationExpression.Or or -> or.operands().stream().mapToLong(PatternEvaluator::bindingSize).max()
                    .orElse(1);
            case ObservationExpression.FollowedBy sequence ->
                    sequence.operands().stream().mapToLong(PatternEvaluator::bindingSize).sum();
            case ObservationExpression.Qualified qualified -> qualified.qualifier() instanceof Qualifier.Repeats repeats
                    ? Math.min((long) MAX_BINDING + 1, repeats.times() * bindingSize(qualified.expression()))
                    : bindingSize(qualified.expression());
        };
    }
}
