package org.sipar.intel.pattern;

import java.util.List;
import java.util.Objects;

/** Shared argument check for the n-ary AND, OR and FOLLOWEDBY records. */
final class Operands {

    private Operands() {
    }

    /** An immutable copy of {@code operands}, refused when there are fewer than two or one is null. */
    static <T> List<T> atLeastTwo(String operator, List<T> operands) {
        Objects.requireNonNull(operands, operator + " operands");
        if (operands.size() < 2) {
            throw new IllegalArgumentException(operator + " needs at least two operands but got " + operands.size());
        }
        return List.copyOf(operands);
    }
}
