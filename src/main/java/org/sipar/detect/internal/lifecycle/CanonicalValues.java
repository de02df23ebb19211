package org.sipar.detect.internal.lifecycle;

import java.util.Objects;
import java.util.Optional;

/**
 * The one canonical form that indicators and telemetry are both reduced to before they are compared, so that equal
 * values are equal strings. Surrounding white space is removed first for every kind; a value that has no canonical
 * form is refused with a {@link RefusedValueException} naming it and why. The rules per kind are on
 * {@link IpAddress} (IPv4, IPv6), {@link CidrBlock}, {@link DomainNames}, {@link Urls}, {@link EmailAddresses} and
 * {@link Hashes}.
 */
public final class CanonicalValues {

    private CanonicalValues() {
    }

    /** {@code text} read as {@code kind}, in canonical form. */
    public static CanonicalValue of(ValueKind kind, String text) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "the " + kind.label() + " value");
        String value = text.strip();
        return switch (kind) {
            case IPV4 -> new CanonicalValue(kind, IpAddress.ipv4(value).text());
            case IPV6 -> address(IpAddress.ipv6(value));
            case CIDR -> new CanonicalValue(kind, CidrBlock.parse(value).text());
            case DOMAIN_NAME -> new CanonicalValue(kind, DomainNames.canonical(value));
            case URL -> new CanonicalValue(kind, Urls.canonical(value));
            case EMAIL -> new CanonicalValue(kind, EmailAddresses.canonical(value));
            case MD5, SHA_1, SHA_256, SHA_512 -> new CanonicalValue(kind, Hashes.canonical(kind, value));
        };
    }

    /** An address of either family (IPv6 when it has a ':'). */
    public static CanonicalValue address(String text) {
        Objects.requireNonNull(text, "the address");
        return address(IpAddress.parse(text.strip()));
    }

    /** The hash kind of a STIX hash algorithm name ({@code SHA-256}, also {@code sha256}), if it is one of the four. */
    public static Optional<ValueKind> hashKind(String algorithm) {
        return Hashes.kindOf(Objects.requireNonNull(algorithm, "algorithm"));
    }

    private static CanonicalValue address(IpAddress address) {
        return new CanonicalValue(address.v6() ? ValueKind.IPV6 : ValueKind.IPV4, address.text());
    }
}
