package org.sipar.detect.internal.lifecycle;

/**
 * The kinds of observable value that have a canonical form, that warning lists apply to and that decay at their
 * own pace. Hashes are one kind per algorithm because each has its own length.
 */
public enum ValueKind {
    IPV4, IPV6, CIDR, DOMAIN_NAME, URL, EMAIL, MD5, SHA_1, SHA_256, SHA_512;

    /** The kind as people write it: {@code domain-name}, {@code sha-256}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Whether this is one of the file-hash kinds. */
    public boolean isHash() {
        return this == MD5 || this == SHA_1 || this == SHA_256 || this == SHA_512;
    }
}
