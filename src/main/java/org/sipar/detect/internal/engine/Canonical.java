package org.sipar.detect.internal.engine;

import java.util.function.UnaryOperator;
import org.sipar.detect.internal.lifecycle.CanonicalValue;
import org.sipar.detect.internal.lifecycle.CanonicalValues;
import org.sipar.detect.internal.lifecycle.RefusedValueException;
import org.sipar.detect.internal.lifecycle.ValueKind;
import org.sipar.detect.internal.engine.Key.Kind;

/**
 * A key in the one form indicators' values and observed values are compared in ({@link CanonicalValues}); a value
 * that is not of its kind is refused ({@link RefusedValueException}, naming it). An IPv4-mapped IPv6 address is an
 * IPv4 one. Other properties are compared as they are written.
 */
public final class Canonical implements UnaryOperator<Key> {

    @Override
    public Key apply(Key key) {
        return switch (key.kind()) {
            case IPV4, IPV6 -> address(CanonicalValues.address(key.value()));
            case CIDR -> new Key(Kind.CIDR, CanonicalValues.of(ValueKind.CIDR, key.value()).text());
            case DOMAIN, DOMAIN_TREE -> new Key(key.kind(), CanonicalValues.of(ValueKind.DOMAIN_NAME, key.value()).text());
            case URL -> new Key(Kind.URL, CanonicalValues.of(ValueKind.URL, key.value()).text());
            case EMAIL -> new Key(Kind.EMAIL, CanonicalValues.of(ValueKind.EMAIL, key.value()).text());
            case HASH -> hash(key.value());
            case PROPERTY -> key;
        };
    }

    private static Key address(CanonicalValue v) {
        return new Key(v.kind() == ValueKind.IPV4 ? Kind.IPV4 : Kind.IPV6, v.text());
    }

    /** {@code ALGORITHM:hex}, the algorithm as STIX names it, such as {@code SHA-256}. */
    private static Key hash(String value) {
        int colon = value.indexOf(':');
        String algorithm = colon < 0 ? "" : value.substring(0, colon);
        ValueKind kind = CanonicalValues.hashKind(algorithm).orElse(null);
        if (kind == null) {
            // another algorithm (SSDEEP, TLSH, ...): compared as written
            return new Key(Kind.HASH, value);
        }
        return new Key(Kind.HASH, stixName(kind) + ":" + CanonicalValues.of(kind, value.substring(colon + 1)).text());
    }

    private static String stixName(ValueKind kind) {
        return switch (kind) {
            case MD5 -> "MD5";
            case SHA_1 -> "SHA-1";
            case SHA_256 -> "SHA-256";
            case SHA_512 -> "SHA-512";
            default -> throw new IllegalArgumentException(kind + " is not a hash");
        };
    }
}
