package org.sipar.detect.internal.telemetry;

import java.util.Objects;

/**
 * One value seen in a log, named as a STIX cyber-observable property: {@code type} is the SCO type
 * ({@code ipv4-addr}, {@code domain-name}, {@code file} ...), {@code property} the object path inside it
 * ({@code value}, or {@code hashes.'SHA-256'} for a file hash), so that it lines up with a pattern's comparison.
 */
public record Observable(String type, String property, String value) {

    public static final String IPV4 = "ipv4-addr";
    public static final String IPV6 = "ipv6-addr";
    public static final String DOMAIN = "domain-name";
    public static final String URL = "url";
    public static final String EMAIL = "email-addr";
    public static final String FILE = "file";

    public Observable {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(value, "value");
    }

    /** An observable whose value is the object's {@code value} property (addresses, domains, URLs, e-mail addresses). */
    public static Observable of(String type, String value) {
        return new Observable(type, "value", value);
    }

    /** A file known by one hash; {@code algorithm} is the STIX hash name ({@code MD5}, {@code SHA-1}, {@code SHA-256}, {@code SHA-512}). */
    public static Observable fileHash(String algorithm, String value) {
        return new Observable(FILE, "hashes.'" + algorithm + "'", value);
    }

    /** The STIX hash name of a file hash, or null for any other observable. */
    public String hashAlgorithm() {
        return FILE.equals(type) && property.startsWith("hashes.'") ? property.substring(8, property.length() - 1) : null;
    }
}
