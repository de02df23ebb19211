package org.sipar.detect.internal.index;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** A sink for tests: each owner's matched ordinals (a set, so that the order of matches does not matter). */
final class Matches implements MatchSink {

    private final Map<Integer, Set<Integer>> byOwner = new TreeMap<>();
    private int count;

    @Override
    public void match(int owner, int ordinal) {
        byOwner.computeIfAbsent(owner, o -> new TreeSet<>()).add(ordinal);
        count++;
    }

    Map<Integer, Set<Integer>> byOwner() {
        return byOwner;
    }

    Set<Integer> of(int owner) {
        return byOwner.getOrDefault(owner, Set.of());
    }

    /** Matches received, repeats included. */
    int count() {
        return count;
    }
}
