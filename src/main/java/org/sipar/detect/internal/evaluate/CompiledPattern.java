package org.sipar.detect.internal.evaluate;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sipar.intel.pattern.ObservationExpression;

/**
 * A STIX pattern compiled once for repeated evaluation: its bracketed comparison expressions as object tests
 * (regexes, CIDR blocks and constants decoded) and its observation operators and qualifiers as a tree of
 * {@link Binder}s. Immutable and safe to share between threads; each {@link #match} has its own state.
 */
public final class CompiledPattern {

    /** Binding attempts one evaluation may make before it answers {@link Match.Outcome#UNDECIDED}. */
    static final long SEARCH_BUDGET = 1_000_000;

    private final ObservationExpression source;
    private final Binder root;
    private final List<LeafTest> leaves;
    private final int bindingSize;

    CompiledPattern(ObservationExpression source, Binder root, List<LeafTest> leaves, int bindingSize) {
        this.source = source;
        this.root = root;
        this.leaves = List.copyOf(leaves);
        this.bindingSize = bindingSize;
    }

    /** The pattern this was compiled from. */
    public ObservationExpression source() {
        return source;
    }

    /**
     * Evaluates the pattern against {@code observations}, in any order (FOLLOWEDBY and the qualifiers read their
     * timestamps, not their positions); answers the first binding found, as the reference matcher does.
     */
    public Match match(List<Observation> observations) {
        Objects.requireNonNull(observations, "observations");
        if (observations.isEmpty()) {
            return Match.none(Match.Outcome.NOT_MATCHED);
        }
        Search search = new Search(observations, leaves, bindingSize, SEARCH_BUDGET);
        try {
            return root.feasible(search) && root.bind(search, () -> true) ? new Match(Match.Outcome.MATCHED, search.bound())
                    : Match.none(Match.Outcome.NOT_MATCHED);
        } catch (Search.GaveUp gaveUp) {
            return Match.none(Match.Outcome.UNDECIDED);
        }
    }

    /** Whether one observation satisfies the pattern on its own (it may, when it was seen often enough). */
    public boolean matches(Observation observation) {
        return match(List.of(observation)).matched();
    }

    @Override
    public String toString() {
        return "CompiledPattern[" + source.render() + "]";
    }

    /** One bracketed comparison expression, asked only of the objects whose type it can be satisfied by. */
    record LeafTest(ObjectTest test, Set<String> types) {

        boolean matches(Observation observation) {
            Map<String, Map<String, Object>> objects = observation.objects();
            for (Map<String, Object> object : objects.values()) {
                if (object.get("type") instanceof String type && types.contains(type)
                        && test.holds(type, object, objects)) {
                    return true;
                }
            }
            return false;
        }
    }
}
