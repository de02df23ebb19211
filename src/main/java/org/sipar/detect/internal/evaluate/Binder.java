package org.sipar.detect.internal.evaluate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A compiled observation expression: it binds observations (copies of them, see {@link Search}) to itself on the
 * search's binding stack and asks the continuation whether the rest of the pattern can then be bound, trying
 * other bindings when not. This is the reference matcher's semantics found depth-first: observation AND, OR and
 * FOLLOWEDBY bind distinct copies, FOLLOWEDBY needs the latest first_observed of its left side no later than the
 * earliest last_observed of its right, WITHIN needs all first_observed within the window of the earliest
 * last_observed, START/STOP needs each interval to meet [start, stop), and REPEATS n binds n disjoint bindings.
 */
sealed interface Binder {

    /** Binds this expression after what is on the stack, then asks {@code next}; true once both succeed. */
    boolean bind(Search search, Continuation next);

    /**
     * Whether a binding could exist at all, judged by which leaves have candidates: asked once before the
     * search, so that an AND with an unsatisfiable operand fails at once rather than after every binding of
     * the operands before it.
     */
    boolean feasible(Search search);

    /** What is asked once an expression is bound: whether the rest of the pattern can be. */
    @FunctionalInterface
    interface Continuation {
        boolean proceed();
    }

    /** {@code [comparison]}: one copy of an observation that satisfies leaf {@code leaf}. */
    record Leaf(int leaf) implements Binder {
        @Override
        public boolean bind(Search search, Continuation next) {
            var candidates = search.candidates(leaf);
            for (int observation = candidates.nextSetBit(0); observation >= 0;
                    observation = candidates.nextSetBit(observation + 1)) {
                // Copies of one observation are interchangeable: trying the lowest free one is enough.
                if (search.push(observation)) {
                    if (next.proceed()) {
                        return true;
                    }
                    search.pop();
                }
            }
            return false;
        }

        @Override
        public boolean feasible(Search search) {
            return !search.candidates(leaf).isEmpty();
        }
    }

    /** Observation AND: every operand bound, each to different copies. */
    record All(List<Binder> operands) implements Binder {
        @Override
        public boolean bind(Search search, Continuation next) {
            return bindFrom(0, search, next);
        }

        private boolean bindFrom(int operand, Search search, Continuation next) {
            return operand == operands.size() ? next.proceed()
                    : operands.get(operand).bind(search, () -> bindFrom(operand + 1, search, next));
        }

        @Override
        public boolean feasible(Search search) {
            return operands.stream().allMatch(operand -> operand.feasible(search));
        }
    }

    /** Observation OR: one operand bound. */
    record Any(List<Binder> operands) implements Binder {
        @Override
        public boolean bind(Search search, Continuation next) {
            for (Binder operand : operands) {
                if (operand.bind(search, next)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public boolean feasible(Search search) {
            return operands.stream().anyMatch(operand -> operand.feasible(search));
        }
    }

    /** FOLLOWEDBY, left-associative: each operand bound no earlier than all those before it. */
    record Sequence(List<Binder> operands) implements Binder {
        @Override
        public boolean bind(Search search, Continuation next) {
            return bindFrom(0, search.size(), search, next);
        }

        private boolean bindFrom(int operand, int start, Search search, Continuation next) {
            if (operand == operands.size()) {
                return next.proceed();
            }
            Continuation rest = () -> bindFrom(operand + 1, start, search, next);
            return operand == 0 ? operands.getFirst().bind(search, rest)
                    : Constraint.bind(search, new Constraint.NotBefore(search.latestFirst(start)), operands.get(operand), rest);
        }

        @Override
        public boolean feasible(Search search) {
            return operands.stream().allMatch(operand -> operand.feasible(search));
        }
    }

    /** {@code WITHIN n SECONDS}. */
    record Within(Binder operand, Duration window) implements Binder {
        @Override
        public boolean bind(Search search, Continuation next) {
            return Constraint.bind(search, new Constraint.Window(search.size(), window), operand, next);
        }

        @Override
        public boolean feasible(Search search) {
            return operand.feasible(search);
        }
    }

    /** {@code START t'..' STOP t'..'}. */
    record During(Binder operand, Instant start, Instant stop) implements Binder {
        @Override
        public boolean bind(Search search, Continuation next) {
            return Constraint.bind(search, new Constraint.Interval(start, stop), operand, next);
        }

        @Override
        public boolean feasible(Search search) {
            return operand.feasible(search);
        }
    }

    /** {@code REPEATS n TIMES}: n disjoint bindings, taken in order of their lowest copy to skip permutations. */
    record Repeat(Binder operand, int times) implements Binder {
        @Override
        public boolean bind(Search search, Continuation next) {
            return repeat(0, -1, search, next);
        }

        private boolean repeat(int done, int lowestBefore, Search search, Continuation next) {
            if (done == times) {
                return next.proceed();
            }
            int mark = search.size();
            return operand.bind(search, () -> {
                int lowest = search.lowestCopy(mark);
                return lowest > lowestBefore && repeat(done + 1, lowest, search, next);
            });
        }

        @Override
        public boolean feasible(Search search) {
            return operand.feasible(search);
        }
    }
}
