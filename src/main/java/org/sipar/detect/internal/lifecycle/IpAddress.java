package org.sipar.detect.internal.lifecycle;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 address as 128 bits ({@code hi}, {@code lo}; an IPv4 address is {@code lo}'s low 32 bits), read
 * strictly and written in the one canonical text: dotted quad for IPv4, RFC 5952 for IPv6.
 */
record IpAddress(boolean v6, long hi, long lo) {

    private static final Pattern IPV4 = Pattern.compile("(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]+");

    /** 32 or 128. */
    int bits() {
        return v6 ? 128 : 32;
    }

    /**
     * Four decimal octets, each without leading zeros: {@code 010.0.0.1} is refused because inet_aton reads it as
     * octal 8.0.0.1 and most other parsers as decimal 10.0.0.1; short ({@code 10.1}) and hexadecimal forms too.
     */
    static IpAddress ipv4(String text) {
        if (!IPV4.matcher(text).matches()) {
            throw new RefusedValueException(ValueKind.IPV4, text,
                    "an IPv4 address is four decimal octets without leading zeros (0 to 255), such as 192.0.2.1");
        }
        long value = 0;
        for (String octet : text.split("\\.")) {
            int number = Integer.parseInt(octet);
            if (number > 255) {
                throw new RefusedValueException(ValueKind.IPV4, text, "the octet " + octet + " is above 255");
            }
            value = value << 8 | number;
        }
        return new IpAddress(false, 0, value);
    }

    /**
     * An IPv6 address (any RFC 4291 text form; an embedded IPv4 part is read as strictly as {@link #ipv4}). An
     * IPv4-mapped address ({@code ::ffff:192.0.2.1}) is the IPv4 host itself, as dual-stack sockets report it, so
     * it comes back as IPv4. Zone ids ({@code %eth0}) are refused: they mean something on one host only.
     */
    static IpAddress ipv6(String text) {
        if (!IPV6_CHARACTERS.matcher(text).matches() || text.indexOf(':') < 0) {
            throw new RefusedValueException(ValueKind.IPV6, text, "an IPv6 address has only hexadecimal digits, ':' and '.'");
        }
        int lastColon = text.lastIndexOf(':');
        if (text.indexOf('.', lastColon) >= 0 && !IPV4.matcher(text.substring(lastColon + 1)).matches()) {
            throw new RefusedValueException(ValueKind.IPV6, text,
                    "its embedded IPv4 part is not four decimal octets without leading zeros");
        }
        byte[] bytes = literal(text);
        if (bytes.length == 4) {
            return new IpAddress(false, 0, toLong(bytes, 0, 4));
        }
        return new IpAddress(true, toLong(bytes, 0, 8), toLong(bytes, 8, 16));
    }

    /** The JDK's parser; the brackets make it read an IPv6 literal or fail, never ask DNS. */
    private static byte[] literal(String text) {
        try {
            return InetAddress.getByName("[" + text + "]").getAddress(); // 4 bytes for an IPv4-mapped address
        } catch (UnknownHostException e) {
            throw new RefusedValueException(ValueKind.IPV6, text, "it is not an IPv6 address (RFC 4291 text form)");
        }
    }

    private static long toLong(byte[] bytes, int from, int to) {
        long value = 0;
        for (int i = from; i < to; i++) {
            value = value << 8 | (bytes[i] & 0xFF);
        }
        return value;
    }

    /** Either family: IPv6 when the text has a colon. */
    static IpAddress parse(String text) {
        return text.indexOf(':') >= 0 ? ipv6(text) : ipv4(text);
    }

    /** This address with all but the first {@code prefix} bits cleared. */
    IpAddress masked(int prefix) {
        if (!v6) {
            return new IpAddress(false, 0, lo & (prefix == 0 ? 0 : 0xFFFF_FFFFL << (32 - prefix) & 0xFFFF_FFFFL));
        }
        long hiMask = prefix >= 64 ? -1L : prefix == 0 ? 0 : -1L << (64 - prefix);
        long loMask = prefix <= 64 ? 0 : prefix == 128 ? -1L : -1L << (128 - prefix);
        return new IpAddress(true, hi & hiMask, lo & loMask);
    }

    /** Dotted quad, or RFC 5952: lowercase, no leading zeros, the longest run (the first of equals) of two or more zero groups as {@code ::}. */
    String text() {
        return v6 ? Rfc5952.format(hi, lo) : (lo >>> 24) + "." + (lo >>> 16 & 0xFF) + "." + (lo >>> 8 & 0xFF) + "." + (lo & 0xFF);
    }
}
