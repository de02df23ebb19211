package org.sipar.detect.internal.evaluate;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * An IPv4 or IPv6 address or CIDR block, as ISSUBSET and ISSUPERSET compare them; a bare address is its own
 * /32 or /128 block, and host bits below the prefix are ignored (as the reference matcher masks them).
 */
final class CidrRange {

    private final byte[] address;
    private final int prefix;

    private CidrRange(byte[] address, int prefix) {
        this.address = address;
        this.prefix = prefix;
    }

    /** The block {@code text} denotes, or null when it is not an IPv4 or IPv6 address or CIDR block. */
    static CidrRange parse(String text) {
        int slash = text.indexOf('/');
        byte[] address = address(slash < 0 ? text : text.substring(0, slash));
        if (address == null) {
            return null;
        }
        int bits = address.length * 8;
        int prefix = slash < 0 ? bits : prefixLength(text.substring(slash + 1), bits);
        return prefix < 0 ? null : new CidrRange(address, prefix);
    }

    /** Whether every address of {@code inner} lies in this block; never across address families. */
    boolean contains(CidrRange inner) {
        if (inner.address.length != address.length || inner.prefix < prefix) {
            return false;
        }
        int whole = prefix / 8;
        for (int i = 0; i < whole; i++) {
            if (address[i] != inner.address[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return rest == 0 || (address[whole] & mask) == (inner.address[whole] & mask);
    }

    private static int prefixLength(String digits, int bits) {
        if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        int prefix = Integer.parseInt(digits);
        return prefix <= bits ? prefix : -1;
    }

    private static byte[] address(String text) {
        return text.indexOf(':') >= 0 ? ipv6(text) : ipv4(text);
    }

    private static byte[] ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                return null;
            }
            bytes[i] = (byte) octet;
        }
        return bytes;
    }

    // Only text of hex digits, colons and dots reaches InetAddress, which then parses a literal and never asks DNS.
    private static byte[] ipv6(String text) {
        if (!text.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
            return null;
        }
        try {
            byte[] bytes = InetAddress.getByName(text).getAddress();
            return bytes.length == 16 ? bytes : null;
        } catch (UnknownHostException notAnAddress) {
            return null;
        }
    }
}
