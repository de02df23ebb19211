package org.sipar.intel.pattern;

import java.util.Objects;

/** One step of an {@link ObjectPath} after the object type: a property, a list index, or any list element. */
public sealed interface PathStep extends Pattern {

    /** A property or dictionary key, such as {@code name} or {@code 'SHA-256'}. */
    record Property(String name) implements PathStep {

        /** A step to the property {@code name}, which must not be empty. */
        public Property {
            Objects.requireNonNull(name, "name");
            if (name.isEmpty()) {
                throw new IllegalArgumentException("property name must not be empty");
            }
        }
    }

    /** {@code [n]}: the list element at index {@code n}. */
    record Index(int index) implements PathStep {
    }

    /** {@code [*]}: any element of the list. */
    record AnyIndex() implements PathStep {
    }
}
