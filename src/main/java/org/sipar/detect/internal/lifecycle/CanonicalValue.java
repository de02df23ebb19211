package org.sipar.detect.internal.lifecycle;

import java.util.Objects;

/**
 * A value in its canonical form, and its kind, which may differ from the kind it was read as: an IPv4-mapped IPv6
 * address ({@code ::ffff:192.0.2.1}) is the IPv4 address {@code 192.0.2.1}.
 */
public record CanonicalValue(ValueKind kind, String text) {

    public CanonicalValue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
