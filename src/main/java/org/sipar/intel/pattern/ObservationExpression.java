package org.sipar.intel.pattern;

import java.util.List;
import java.util.Objects;

/**
 * A whole pattern or a part of one that matches observed data: a bracketed comparison, the combination of
 * observation expressions with AND, OR or FOLLOWEDBY, or an expression under a qualifier. FOLLOWEDBY binds
 * loosest, then OR, then AND; a qualifier applies to the single bracketed or parenthesised expression it
 * follows.
 */
public sealed interface ObservationExpression extends Pattern {

    /** {@code [comparison]}: one observation whose objects satisfy the comparison expression. */
    record Observation(ComparisonExpression comparison) implements ObservationExpression {

        /** Wraps the comparison expression that one observation must satisfy. */
        public Observation {
            Objects.requireNonNull(comparison, "comparison");
        }
    }

    /** {@code a AND b ...}: every operand is matched, by any observations. */
    record And(List<ObservationExpression> operands) implements ObservationExpression {

        /** Joins two or more operands; a single operand is refused. */
        public And {
            operands = Operands.atLeastTwo("AND", operands);
        }
    }

    /** {@code a OR b ...}: at least one operand is matched. */
    record Or(List<ObservationExpression> operands) implements ObservationExpression {

        /** Joins two or more operands; a single operand is refused. */
        public Or {
            operands = Operands.atLeastTwo("OR", operands);
        }
    }

    /** {@code a FOLLOWEDBY b ...}: every operand is matched, each by observations later than the one before. */
    record FollowedBy(List<ObservationExpression> operands) implements ObservationExpression {

        /** Sequences two or more operands; a single operand is refused. */
        public FollowedBy {
            operands = Operands.atLeastTwo("FOLLOWEDBY", operands);
        }
    }

    /** An expression restricted by a WITHIN, REPEATS or START/STOP qualifier. */
    record Qualified(ObservationExpression expression, Qualifier qualifier) implements ObservationExpression {

        /** Applies the qualifier to the expression. */
        public Qualified {
            Objects.requireNonNull(expression, "expression");
            Objects.requireNonNull(qualifier, "qualifier");
        }
    }
}
