package org.sipar.intel.pattern;

import java.util.ArrayList;
import java.util.List;

/** Gathers the object paths of a tree in textual order. */
final class PathCollector {

    private PathCollector() {
    }

    /** Every object path under {@code node}, repeats included. */
    static List<ObjectPath> paths(Pattern node) {
        List<ObjectPath> paths = new ArrayList<>();
        collect(node, paths);
        return List.copyOf(paths);
    }

    private static void collect(Pattern node, List<ObjectPath> paths) {
        switch (node) {
            case ObservationExpression.Observation observation -> collect(observation.comparison(), paths);
            case ObservationExpression.And and -> and.operands().forEach(operand -> collect(operand, paths));
            case ObservationExpression.Or or -> or.operands().forEach(operand -> collect(operand, paths));
            case ObservationExpression.FollowedBy chain -> chain.operands().forEach(operand -> collect(operand, paths));
            case ObservationExpression.Qualified qualified -> collect(qualified.expression(), paths);
            case ComparisonExpression.Comparison comparison -> paths.add(comparison.path());
            case ComparisonExpression.Exists exists -> paths.add(exists.path());
            case ComparisonExpression.And and -> and.operands().forEach(operand -> collect(operand, paths));
            case ComparisonExpression.Or or -> or.operands().forEach(operand -> collect(operand, paths));
            case ObjectPath path -> paths.add(path);
            case Qualifier qualifier -> { }
            case PathStep step -> { }
            case Literal literal -> { }
        }
    }
}
