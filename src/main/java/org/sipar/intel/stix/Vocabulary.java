package org.sipar.intel.stix;

import java.util.List;

/**
 * A vocabulary of specification section 10. An open one ({@code -ov}) only suggests values: others are
 * allowed but SHOULD NOT be used without need. A closed one ({@code -enum}) lists the only values allowed.
 *
 * @param name   the name the specification gives it, such as {@code indicator-type-ov}
 * @param open   whether other values are allowed
 * @param values the values, in the specification's order
 */
record Vocabulary(String name, boolean open, List<String> values) {

    static Vocabulary open(String name, String... values) {
        return new Vocabulary(name, true, List.of(values));
    }

    static Vocabulary closed(String name, String... values) {
        return new Vocabulary(name, false, List.of(values));
    }

    boolean contains(String value) {
        return values.contains(value);
    }
}
