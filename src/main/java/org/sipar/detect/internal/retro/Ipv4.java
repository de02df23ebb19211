package org.sipar.detect.internal.retro;

/**
 * IPv4 addresses as sortable ints: the address with its top bit flipped, so that signed order is address order and
 * a range is one contiguous run of a sorted array. Reads the canonical dotted text keys carry.
 */
final class Ipv4 {

    private Ipv4() {
    }

    /** An inclusive range of sortable addresses. */
    record Range(int first, int last) {
    }

    static int sortable(String address) {
        String[] parts = address.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("'" + address + "' is not an IPv4 address");
        }
        int bits = 0;
        for (String part : parts) {
            int octet = octet(address, part);
            bits = bits << 8 | octet;
        }
        return bits ^ Integer.MIN_VALUE;
    }

    /** The addresses of {@code a.b.c.d/n} (a bare address is its own /32). */
    static Range range(String cidr) {
        int slash = cidr.indexOf('/');
        int length = slash < 0 ? 32 : prefix(cidr, cidr.substring(slash + 1));
        int network = sortable(slash < 0 ? cidr : cidr.substring(0, slash)) ^ Integer.MIN_VALUE;
        int hostMask = length == 0 ? -1 : (int) ((1L << (32 - length)) - 1);
        int first = network & ~hostMask;
        return new Range(first ^ Integer.MIN_VALUE, (first | hostMask) ^ Integer.MIN_VALUE);
    }

    static String text(int sortable) {
        int bits = sortable ^ Integer.MIN_VALUE;
        return (bits >>> 24) + "." + (bits >>> 16 & 0xff) + "." + (bits >>> 8 & 0xff) + "." + (bits & 0xff);
    }

    static boolean isIpv4(String text) {
        return text.indexOf(':') < 0;
    }

    private static int octet(String address, String part) {
        if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)
                || Integer.parseInt(part) > 255) {
            throw new IllegalArgumentException("'" + address + "' is not an IPv4 address");
        }
        return Integer.parseInt(part);
    }

    private static int prefix(String cidr, String text) {
        if (text.isEmpty() || text.length() > 2 || !text.chars().allMatch(Character::isDigit)
                || Integer.parseInt(text) > 32) {
            throw new IllegalArgumentException("'" + cidr + "' has no IPv4 prefix length from 0 to 32");
        }
        return Integer.parseInt(text);
    }
}
