package org.sipar.detect.internal.evaluate;

import java.time.Duration;
import java.time.Instant;

/**
 * A condition on the copies an expression binds, checked at each copy bound while the expression binds (so
 * that the search drops a partial binding at once rather than completing it first). Each is monotone: a copy
 * refused stays refused whatever else is bound, so checking at each push decides the whole binding.
 */
sealed interface Constraint {

    /**
     * Binds {@code operand} under {@code constraint}, which applies to the copies the operand binds and not to
     * those the rest of the pattern binds after it (it is lifted while {@code next} runs, restored on return).
     */
    static boolean bind(Search search, Constraint constraint, Binder operand, Binder.Continuation next) {
        search.activate(constraint);
        try {
            return operand.bind(search, () -> {
                search.deactivate(constraint);
                try {
                    return next.proceed();
                } finally {
                    search.activate(constraint);
                }
            });
        } finally {
            search.deactivate(constraint);
        }
    }

    /** Whether the copy just bound (on top of the stack) may stay. */
    boolean admits(Search search);

    /** WITHIN: the copies bound since {@code start} can still be placed within {@code window} of each other. */
    record Window(int start, Duration window) implements Constraint {
        @Override
        public boolean admits(Search search) {
            return !search.latestFirst(start).isAfter(search.earliestLast(start).plus(window));
        }
    }

    /** START/STOP: the copy's interval meets [start, stop); touching the start counts, touching the stop not. */
    record Interval(Instant start, Instant stop) implements Constraint {
        @Override
        public boolean admits(Search search) {
            Observation top = search.top();
            return top.firstObserved().isBefore(stop) && !top.lastObserved().isBefore(start);
        }
    }

    /** FOLLOWEDBY's right side: the copy can be placed no earlier than the left side's latest first_observed. */
    record NotBefore(Instant earliest) implements Constraint {
        @Override
        public boolean admits(Search search) {
            return !search.top().lastObserved().isBefore(earliest);
        }
    }
}
