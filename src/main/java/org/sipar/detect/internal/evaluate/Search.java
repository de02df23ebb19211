package org.sipar.detect.internal.evaluate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * One evaluation of a compiled pattern against a list of observations: which observations satisfy each
 * bracketed leaf (worked out the first time a leaf is asked), the copies of the observations still free, and
 * the stack of copies bound so far. An observation seen {@code number_observed} times counts as that many
 * copies, as in the reference matcher, but never more than the pattern could bind. The search gives up after
 * a budget of binding attempts, as some patterns over many observations are exponential to decide.
 */
final class Search {

    private final List<Observation> observations;
    private final List<CompiledPattern.LeafTest> leaves;
    private final BitSet[] candidates;
    private final int[] firstCopy;
    private final int[] owner;
    private final boolean[] used;
    private final int[] stack;
    private final List<Constraint> active = new ArrayList<>();
    private int size;
    private long attemptsLeft;

    Search(List<Observation> observations, List<CompiledPattern.LeafTest> leaves, int bindingSize, long budget) {
        this.observations = observations;
        this.leaves = leaves;
        this.candidates = new BitSet[leaves.size()];
        this.firstCopy = new int[observations.size() + 1];
        for (int i = 0; i < observations.size(); i++) {
            firstCopy[i + 1] = Math.addExact(firstCopy[i], Math.min(observations.get(i).numberObserved(), bindingSize));
        }
        this.owner = new int[firstCopy[observations.size()]];
        for (int i = 0; i < observations.size(); i++) {
            Arrays.fill(owner, firstCopy[i], firstCopy[i + 1], i);
        }
        this.used = new boolean[owner.length];
        this.stack = new int[bindingSize];
        this.attemptsLeft = budget;
    }

    /** The observations that satisfy leaf {@code leaf}, by index. */
    BitSet candidates(int leaf) {
        if (candidates[leaf] == null) {
            BitSet matching = new BitSet(observations.size());
            for (int i = 0; i < observations.size(); i++) {
                if (leaves.get(leaf).matches(observations.get(i))) {
                    matching.set(i);
                }
            }
            candidates[leaf] = matching;
        }
        return candidates[leaf];
    }

    /** Binds the lowest free copy of {@code observation}; false when all are bound or the constraints refuse it. */
    boolean push(int observation) {
        if (--attemptsLeft < 0) {
            throw GaveUp.INSTANCE;
        }
        for (int copy = firstCopy[observation]; copy < firstCopy[observation + 1]; copy++) {
            if (!used[copy]) {
                used[copy] = true;
                stack[size++] = copy;
                if (admitted()) {
                    return true;
                }
                pop();
                return false; // the other copies have the same interval, so the constraints refuse them too
            }
        }
        return false;
    }

    private boolean admitted() {
        for (Constraint constraint : active) {
            if (!constraint.admits(this)) {
                return false;
            }
        }
        return true;
    }

    /** Unbinds the copy bound last. */
    void pop() {
        used[stack[--size]] = false;
    }

    int size() {
        return size;
    }

    /** The lowest copy number in stack[start, size). */
    int lowestCopy(int start) {
        int lowest = Integer.MAX_VALUE;
        for (int i = start; i < size; i++) {
            lowest = Math.min(lowest, stack[i]);
        }
        return lowest;
    }

    /** The observations bound, each once, in the order given. */
    List<Observation> bound() {
        BitSet bound = new BitSet(observations.size());
        for (int i = 0; i < size; i++) {
            bound.set(owner[stack[i]]);
        }
        return bound.stream().mapToObj(observations::get).toList();
    }

    /** Makes {@code constraint} apply to every copy bound until it is {@link #deactivate}d. */
    void activate(Constraint constraint) {
        active.add(constraint);
    }

    /** Lifts the constraint activated last, which must be {@code constraint}. */
    void deactivate(Constraint constraint) {
        Constraint removed = active.removeLast();
        assert removed == constraint : "constraints are lifted in the order opposite to their activation";
    }

    /** The observation of the copy bound last. */
    Observation top() {
        return observation(size - 1);
    }

    private Observation observation(int stackIndex) {
        return observations.get(owner[stack[stackIndex]]);
    }

    /** The latest first_observed of stack[from, size). */
    Instant latestFirst(int from) {
        Instant latest = Instant.MIN;
        for (int i = from; i < size; i++) {
            Instant first = observation(i).firstObserved();
            latest = first.isAfter(latest) ? first : latest;
        }
        return latest;
    }

    /** The earliest last_observed of stack[from, size). */
    Instant earliestLast(int from) {
        Instant earliest = Instant.MAX;
        for (int i = from; i < size; i++) {
            Instant last = observation(i).lastObserved();
            earliest = last.isBefore(earliest) ? last : earliest;
        }
        return earliest;
    }

    /** The budget of binding attempts ran out. Stackless, as it is control flow. */
    static final class GaveUp extends RuntimeException {
        static final GaveUp INSTANCE = new GaveUp();

        private GaveUp() {
            super("pattern search ran out of its budget", null, false, false);
        }
    }
}
