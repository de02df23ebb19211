package org.sipar.intel.pattern;

import java.util.List;
import java.util.function.Predicate;
import org.sipar.intel.pattern.ObservationExpression.Observation;
import org.sipar.intel.pattern.ObservationExpression.Qualified;

/**
 * Writes a tree back as canonical pattern text: single spaces, {@code =} and {@code !=} rather than their
 * aliases, and parentheses exactly where the tree's shape needs them, so that parsing the text gives the tree.
 */
final class Renderer {

    private Renderer() {
    }

    /** The canonical text of {@code node}. */
    static String render(Pattern node) {
        return switch (node) {
            case ObservationExpression expression -> observation(expression);
            case Qualifier qualifier -> qualifier(qualifier);
            case ComparisonExpression expression -> comparison(expression);
            case ObjectPath path -> path(path);
            case PathStep step -> step(step);
            case Literal literal -> LiteralText.of(literal);
        };
    }

    private static String observation(ObservationExpression expression) {
        return switch (expression) {
            case Observation observation -> "[" + comparison(observation.comparison()) + "]";
            case ObservationExpression.And and -> join(and.operands(), " AND ", Renderer::bindsLooserThanAnd);
            case ObservationExpression.Or or -> join(or.operands(), " OR ", Renderer::bindsLooserThanOr);
            case ObservationExpression.FollowedBy sequence -> join(sequence.operands(), " FOLLOWEDBY ",
                    operand -> operand instanceof ObservationExpression.FollowedBy);
            case Qualified qualified -> qualifiedOperand(qualified) + " " + qualifier(qualified.qualifier());
        };
    }

    // Operators chain flat when parsed, so an operand of the same operator must have come from parentheses.
    private static boolean bindsLooserThanAnd(ObservationExpression operand) {
        return bindsLooserThanOr(operand) || operand instanceof ObservationExpression.Or
                || operand instanceof ObservationExpression.And;
    }

    private static boolean bindsLooserThanOr(ObservationExpression operand) {
        return operand instanceof ObservationExpression.FollowedBy || operand instanceof ObservationExpression.Or;
    }

    // A qualifier follows one bracketed or parenthesised expression, and the same kind may not repeat there.
    private static String qualifiedOperand(Qualified qualified) {
        ObservationExpression inner = qualified.expression();
        boolean bare = inner instanceof Observation
                || (inner instanceof Qualified chain && !repeats(chain, qualified.qualifier().getClass()));
        return bare ? observation(inner) : "(" + observation(inner) + ")";
    }

    private static boolean repeats(Qualified chain, Class<?> kind) {
        return kind.isInstance(chain.qualifier())
                || (chain.expression() instanceof Qualified inner && repeats(inner, kind));
    }

    private static String qualifier(Qualifier qualifier) {
        return switch (qualifier) {
            case Qualifier.Within within -> "WITHIN " + within.seconds().toPlainString() + " SECONDS";
            case Qualifier.Repeats repeats -> "REPEATS " + repeats.times() + " TIMES";
            case Qualifier.StartStop interval -> "START t'" + interval.start() + "' STOP t'" + interval.stop() + "'";
        };
    }

    private static String comparison(ComparisonExpression expression) {
        return switch (expression) {
            case ComparisonExpression.Comparison test -> path(test.path()) + (test.negated() ? " NOT " : " ")
                    + test.operator().symbol() + " " + LiteralText.of(test.value());
            case ComparisonExpression.Exists exists -> "EXISTS " + path(exists.path());
            case ComparisonExpression.And and -> join(and.operands(), " AND ",
                    operand -> !(operand instanceof ComparisonExpression.Comparison
                            || operand instanceof ComparisonExpression.Exists));
            case ComparisonExpression.Or or -> join(or.operands(), " OR ",
                    operand -> operand instanceof ComparisonExpression.Or);
        };
    }

    private static <T extends Pattern> String join(List<T> operands, String operator, Predicate<T> needsParentheses) {
        StringBuilder text = new StringBuilder();
        for (T operand : operands) {
            String rendered = render(operand);
            text.append(text.isEmpty() ? "" : operator)
                    .append(needsParentheses.test(operand) ? "(" + rendered + ")" : rendered);
        }
        return text.toString();
    }

    private static String path(ObjectPath path) {
        StringBuilder text = new StringBuilder(path.objectType()).append(':');
        for (PathStep step : path.steps()) {
            boolean dotted = step instanceof PathStep.Property && text.charAt(text.length() - 1) != ':';
            text.append(dotted ? "." : "").append(step(step));
        }
        return text.toString();
    }

    private static String step(PathStep step) {
        return switch (step) {
            case PathStep.Property property -> LiteralText.propertyName(property.name());
            case PathStep.Index index -> "[" + index.index() + "]";
            case PathStep.AnyIndex any -> "[*]";
        };
    }
}
