package org.sipar.intel.pattern;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A node of a parsed STIX pattern's syntax tree. A whole pattern is an {@link ObservationExpression}; its
 * parts are {@link Qualifier}s, {@link ComparisonExpression}s, {@link ObjectPath}s with their
 * {@link PathStep}s, and {@link Literal}s. Every node is an immutable record.
 */
public sealed interface Pattern permits ObservationExpression, Qualifier, ComparisonExpression, ObjectPath,
        PathStep, Literal {

    /** This node as canonical pattern text; parsing the rendering of a whole pattern yields an equal tree. */
    default String render() {
        return Renderer.render(this);
    }

    /** Every object path under this node in textual order, repeats included. */
    default List<ObjectPath> paths() {
        return PathCollector.paths(this);
    }

    /** The distinct object types (such as {@code file} or {@code ipv4-addr}) under this node, first seen first. */
    default Set<String> objectTypes() {
        Set<String> types = new LinkedHashSet<>();
        paths().forEach(path -> types.add(path.objectType()));
        return Collections.unmodifiableSet(types);
    }
}
