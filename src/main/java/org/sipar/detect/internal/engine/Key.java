package org.sipar.detect.internal.engine;

import java.util.Objects;

/**
 * A value an indicator names and an observation can carry, as the indexes hold it: its kind and its canonical text
 * (for a hash, {@code ALGORITHM:hex}; for another property, {@code type:path=value}).
 */
public record Key(Kind kind, String value) {

    /** The kinds the indexes answer for, each with its own structure and memory figure. */
    public enum Kind {
        IPV4, IPV6, CIDR, DOMAIN, DOMAIN_TREE, URL, EMAIL, HASH, PROPERTY;

        /** Whether an observed value of this kind is looked up by containment (ranges, domain trees). */
        public boolean contains() {
            return this == CIDR || this == DOMAIN_TREE;
        }
    }

    public Key {
        Objects.requireNonNull(kind, "kind");
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("A " + kind + " key needs a value, not '" + value + "'");
        }
    }
}
