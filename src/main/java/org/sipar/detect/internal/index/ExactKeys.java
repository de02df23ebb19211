package org.sipar.detect.internal.index;

/** How each kind of exact value becomes a key, the same for what is indexed and what is looked up. */
final class ExactKeys {

    private ExactKeys() {
    }

    static void ipv4(KeyList keys, int address, int value) {
        keys.addLong(((long) KeyKind.IPV4.tag() << 32) | (address & 0xFFFF_FFFFL), value);
    }

    static void ipv6(KeyList keys, long high, long low, int value) {
        keys.addLongs(KeyKind.IPV6.tag(), -1, high, low, value);
    }

    static void hash(KeyList keys, KeyKind kind, byte[] digest, int value) {
        if (!kind.isHash()) {
            throw new IllegalArgumentException("kind " + kind + " is not a hash kind (MD5, SHA1, SHA256, SHA512)");
        }
        if (digest.length != kind.length()) {
            throw new IllegalArgumentException("a " + kind + " digest has " + kind.length() + " bytes, not " + digest.length);
        }
        keys.addBytes(kind.tag(), digest, value);
    }

    static void string(KeyList keys, KeyKind kind, String canonical, int value) {
        if (!kind.isString()) {
            throw new IllegalArgumentException("kind " + kind + " is not a string kind (DOMAIN, URL, EMAIL, OTHER)");
        }
        keys.addString(kind.tag(), canonical, value);
    }
}
