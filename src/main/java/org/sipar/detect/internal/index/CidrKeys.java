package org.sipar.detect.internal.index;

/**
 * How a network becomes a key: its prefix length and its address with the host bits cleared. An IPv4 network fits
 * in its fingerprint (exact); an IPv6 network is 17 bytes, verified on a hit.
 */
final class CidrKeys {

    private static final long IPV4_TAG = 0x44;
    private static final byte IPV6_TAG = 0x46;

    private CidrKeys() {
    }

    static void ipv4(KeyList keys, int address, int length, int value) {
        keys.addLong((IPV4_TAG << 40) | ((long) length << 32) | (network(address, length) & 0xFFFF_FFFFL), value);
    }

    static int network(int address, int length) {
        return length == 0 ? 0 : address & (-1 << (32 - length));
    }

    static void ipv6(KeyList keys, long high, long low, int length, int value) {
        long maskedHigh = length >= 64 ? high : length == 0 ? 0 : high & (-1L << (64 - length));
        long maskedLow = length <= 64 ? 0 : low & (-1L << (128 - length));
        keys.addLongs(IPV6_TAG, length, maskedHigh, maskedLow, value);
    }

    static int checkIpv4Length(int length) {
        if (length < 0 || length > 32) {
            throw new IllegalArgumentException("an IPv4 prefix length is 0 to 32, not " + length);
        }
        return length;
    }

    static int checkIpv6Length(int length) {
        if (length < 0 || length > 128) {
            throw new IllegalArgumentException("an IPv6 prefix length is 0 to 128, not " + length);
        }
        return length;
    }
}
