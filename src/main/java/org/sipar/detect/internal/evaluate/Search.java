package org.sipar.detect.internal.evaluate;

import java.time.Duration;
import java.time.Instant;
import java.util.BitSet;
import java.util.Arrays;
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
    private int size;
    private long attemptsLeft;

    Search(List<Observation> observations, List<CompiledPattern.LeafTest> leaves, int bindingSize, long budget) {
        this.observations = observations;
        this.leaves = leaves;
        this.candidates = new BitSet[leaves.size()];
        this.firstCopy = new int[observations.size() + 1];
        for (int i = 0; i < observations.size(); i++) {
            firstCopy[i + 1] = firstCopy[i] + Math.min(observations.get(i).numberObserved(), bindingSize);
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

    /** Binds the lowest free copy of {@code observation}; false when all its copies are bound. */
    boolean push(int observation) {
        if (--attemptsLeft < 0) {
            throw GaveUp.INSTANCE;
        }
        for (int copy = firstCopy[observation]; copy < firstCopy[observation + 1]; copy++) {
            if (!used[copy]) {
                used[copy] = true;
                stack[size++] = copy;
                return true;
            }
        }
        return false;
    }

    /** Unbinds the copy bound last. */
    void pop() {
        used[stack[--size]] = false;
    }

    int size() {
        return size;
    }

    /** Whether stack[start, mark) may all precede stack[mark, size): latest first_observed ≤ earliest last_observed. */
    boolean follows(int start, int mark) {
        return !latestFirst(start, mark).isAfter(earliestLast(mark, size));
    }

    /** Whether moments can be chosen in every interval of stack[start, size) within {@code window} of each other. */
    boolean within(int start, Duration window) {
        return !latestFirst(start, size).isAfter(earliestLast(start, size).plus(window));
    }

    /** Whether every interval of stack[start, size) meets [startTime, stopTime), touching the start allowed. */
    boolean during(int start, Instant startTime, Instant stopTime) {
        for (int i = start; i < size; i++) {
            Observation observation = observation(i);
            if (!observation.firstObserved().isBefore(stopTime) || observation.lastObserved().isBefore(startTime)) {
                return false;
            }
        }
        return true;
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

    private Observation observation(int stackIndex) {
        return observations.get(owner[stack[stackIndex]]);
    }

    private Instant latestFirst(int from, int to) {
        Instant latest = Instant.MIN;
        for (int i = from; i < to; i++) {
            Instant first = observation(i).firstObserved();
            latest = first.isAfter(latest) ? first : latest;
        }
        return latest;
    }

    private Instant earliestLast(int from, int to) {
        Instant earliest = Instant.MAX;
        for (int i = from; i < to; i++) {
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
