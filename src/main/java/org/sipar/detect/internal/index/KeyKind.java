package org.sipar.detect.internal.index;

/**
 * The kinds of exact value the index holds. Each kind is a distinct tag in the key (one {@code 203.0.113.5} IPv4
 * address and an MD5 with the same bytes never meet), and the fixed-length kinds have their length checked on entry.
 */
public enum KeyKind {
    IPV4(4), IPV6(16), MD5(16), SHA1(20), SHA256(32), SHA512(64),
    DOMAIN(-1), URL(-1), EMAIL(-1), OTHER(-1);

    private final int length;

    KeyKind(int length) {
        this.length = length;
    }

    /** The byte length of every value of this kind, or -1 for canonical strings of any length. */
    public int length() {
        return length;
    }

    /** Whether values of this kind are digests given as raw bytes. */
    public boolean isHash() {
        return this == MD5 || this == SHA1 || this == SHA256 || this == SHA512;
    }

    /** Whether values of this kind are canonical strings, kept as their UTF-8 bytes. */
    public boolean isString() {
        return length < 0;
    }

    byte tag() {
        return (byte) (ordinal() + 1);
    }
}
