package org.sipar.detect.internal.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.sipar.intel.pattern.ComparisonExpression;
import org.sipar.intel.pattern.ObservationExpression;

/**
 * Reads from a pattern's syntax tree how it is matched ({@link Plan}): the values a match needs, found by walking
 * the tree. A comparison the index answers gives its key; AND needs only one of its operands (the one with the
 * fewest keys is taken), OR needs one of each operand's; anything else (NOT, ranges, MATCHES) needs nothing the
 * index could tell. A qualifier or an observation operator changes when a match holds, never which values it needs.
 */
public final class PatternKeys {

    private final UnaryOperator<Key> canonical;

    /** {@code canonical} turns a key as the pattern writes it into the one the index holds (or throws, naming it). */
    public PatternKeys(UnaryOperator<Key> canonical) {
        this.canonical = canonical;
    }

    public Plan plan(ObservationExpression pattern) {
        Optional<List<Key>> needed = needed(pattern);
        if (needed.isEmpty()) {
            return new Plan.Unfiltered();
        }
        return onlyValues(pattern) ? new Plan.Indexed(needed.get()) : new Plan.Filtered(needed.get());
    }

    private Optional<List<Key>> needed(ObservationExpression e) {
        return switch (e) {
            case ObservationExpression.Observation o -> needed(o.comparison());
            case ObservationExpression.Or or -> union(or.operands().stream().map(this::needed).toList());
            case ObservationExpression.And and -> fewest(and.operands().stream().map(this::needed).toList());
            case ObservationExpression.FollowedBy f -> fewest(f.operands().stream().map(this::needed).toList());
            case ObservationExpression.Qualified q -> needed(q.expression());
        };
    }

    private Optional<List<Key>> needed(ComparisonExpression c) {
        return switch (c) {
            case ComparisonExpression.Comparison comparison -> IndexedComparison.keys(comparison).map(keys -> keys.stream().map(canonical).toList());
            case ComparisonExpression.Exists exists -> Optional.empty();
            case ComparisonExpression.Or or -> union(or.operands().stream().map(this::needed).toList());
            case ComparisonExpression.And and -> fewest(and.operands().stream().map(this::needed).toList());
        };
    }

    /** Whether the pattern is one value or several ORed, with no qualifier: then a key found is a match. */
    private static boolean onlyValues(ObservationExpression e) {
        return switch (e) {
            case ObservationExpression.Observation o -> onlyValues(o.comparison());
            case ObservationExpression.Or or -> or.operands().stream().allMatch(PatternKeys::onlyValues);
            default -> false;
        };
    }

    private static boolean onlyValues(ComparisonExpression c) {
        return switch (c) {
            case ComparisonExpression.Comparison comparison -> IndexedComparison.keys(comparison).isPresent();
            case ComparisonExpression.Or or -> or.operands().stream().allMatch(PatternKeys::onlyValues);
            default -> false;
        };
    }

    private static Optional<List<Key>> union(List<Optional<List<Key>>> parts) {
        List<Key> all = new ArrayList<>();
        for (Optional<List<Key>> part : parts) {
            if (part.isEmpty()) {
                return Optional.empty();
            }
            part.get().stream().filter(k -> !all.contains(k)).forEach(all::add);
        }
        return Optional.of(all);
    }

    private static Optional<List<Key>> fewest(List<Optional<List<Key>>> parts) {
        return parts.stream().flatMap(Optional::stream).min(Comparator.comparingInt(List::size));
    }
}
