package org.sipar.intel.pattern;

import java.util.List;
import java.util.Objects;

/**
 * What the objects of one observation must satisfy: comparisons of an object path with a literal, EXISTS
 * tests, and their combination with AND (binding tighter) and OR.
 */
public sealed interface ComparisonExpression extends Pattern {

    /** {@code path [NOT] operator value}, for example {@code file:size NOT > 1024}. */
    record Comparison(ObjectPath path, Operator operator, boolean negated, Literal value)
            implements ComparisonExpression {

        /** A comparison; refused when the operator does not take this kind of value (LIKE needs a string). */
        public Comparison {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(value, "value");
            if (!operator.accepts(value)) {
                throw new IllegalArgumentException(operator.symbol() + " does not take the value " + value.render()
                        + "; it takes " + operator.takes());
            }
        }
    }

    /** {@code EXISTS path}: the property named by the path is present. */
    record Exists(ObjectPath path) implements ComparisonExpression {

        /** A test that the path's property is present. */
        public Exists {
            Objects.requireNonNull(path, "path");
        }
    }

    /** {@code a AND b ...}: every operand holds for the same observation. */
    record And(List<ComparisonExpression> operands) implements ComparisonExpression {

        /** Joins two or more operands; a single operand is refused. */
        public And {
            operands = Operands.atLeastTwo("AND", operands);
        }
    }

    /** {@code a OR b ...}: at least one operand holds. */
    record Or(List<ComparisonExpression> operands) implements ComparisonExpression {

        /** Joins two or more operands; a single operand is refused. */
        public Or {
            operands = Operands.atLeastTwo("OR", operands);
        }
    }
}
