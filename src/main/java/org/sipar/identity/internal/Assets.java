package org.sipar.identity.internal;

import java.math.BigInteger;
import java.net.IDN;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks and normalises the assets an organisation answers for: networks, AS numbers and domains. */
final class Assets {

    private static final Pattern IPV4 = Pattern.compile("^\\d{1,3}(\\.\\d{1,3}){3}$");
    private static final Pattern IPV6 = Pattern.compile("^[0-9a-fA-F:.]*:[0-9a-fA-F:.]*$");
    private static final Pattern LABEL = Pattern.compile("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$");
    private static final long MAX_ASN = 4_294_967_295L;

    private Assets() {
    }

    /** Networks in CIDR notation; a single address counts as a /32 or /128. Host bits must be zero. */
    static List<String> networks(List<String> values, Problems problems) {
        Set<String> out = new LinkedHashSet<>();
        for (String raw : values) {
            String value = raw.strip();
            int slash = value.indexOf('/');
            String address = slash < 0 ? value : value.substring(0, slash);
            byte[] bytes = literal(address);
            if (bytes == null) {
                problems.add("networks", value, "cidr", "is not an IPv4 or IPv6 network in CIDR notation (such as 192.0.2.0/24)");
                continue;
            }
            int bits = bytes.length * 8;
            Integer prefix = slash < 0 ? Integer.valueOf(bits) : prefix(value.substring(slash + 1), bits);
            if (prefix == null) {
                problems.add("networks", value, "prefixLength", "has a prefix length outside 0.." + bits, bits);
            } else if (!hostBitsZero(bytes, prefix)) {
                String network = network(bytes, prefix) + "/" + prefix;
                problems.add("networks", value, "hostBits", "has host bits set; the network is " + network, network);
            } else {
                out.add(network(bytes, prefix) + "/" + prefix);
            }
        }
        return List.copyOf(out);
    }

    /** Autonomous system numbers, written 64500 or AS64500, from 1 to 4294967295. */
    static List<Long> asns(List<String> values, Problems problems) {
        Set<Long> out = new LinkedHashSet<>();
        for (String raw : values) {
            String value = raw.strip();
            String digits = value.regionMatches(true, 0, "AS", 0, 2) ? value.substring(2) : value;
            if (!digits.matches("\\d{1,10}") || new BigInteger(digits).longValue() < 1
                    || new BigInteger(digits).longValue() > MAX_ASN) {
                problems.add("asns", value, "asn", "is not an AS number from 1 to " + MAX_ASN, MAX_ASN);
            } else {
                out.add(Long.parseLong(digits));
            }
        }
        return List.copyOf(out);
    }

    /** Domain names; internationalised ones are kept in their ASCII (xn--) form. */
    static List<String> domains(List<String> values, Problems problems) {
        Set<String> out = new LinkedHashSet<>();
        for (String raw : values) {
            String value = raw.strip();
            String ascii = ascii(value.endsWith(".") ? value.substring(0, value.length() - 1) : value);
            if (ascii == null || !validDomain(ascii)) {
                problems.add("domains", value, "domain", "is not a domain name (such as example.gov.pk)");
            } else {
                out.add(ascii);
            }
        }
        return List.copyOf(out);
    }

    private static boolean validDomain(String ascii) {
        String[] labels = ascii.split("\\.", -1);
        if (ascii.length() > 253 || labels.length < 2 || labels[labels.length - 1].matches("\\d+")) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(String value) {
        try {
            return IDN.toASCII(value, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The bytes of an IP literal, or null; never resolves a host name. */
    private static byte[] literal(String address) {
        if (IPV4.matcher(address).matches()) {
            return ipv4(address);
        }
        if (!IPV6.matcher(address).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static byte[] ipv4(String address) {
        String[] parts = address.split("\\.");
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            int octet = Integer.parseInt(parts[i]);
            if (octet > 255) {
                return null;
            }
            bytes[i] = (byte) octet;
        }
        return bytes;
    }

    private static Integer prefix(String text, int bits) {
        if (!text.matches("\\d{1,3}")) {
            return null;
        }
        int prefix = Integer.parseInt(text);
        return prefix <= bits ? prefix : null;
    }

    private static boolean hostBitsZero(byte[] bytes, int prefix) {
        for (int bit = prefix; bit < bytes.length * 8; bit++) {
            if ((bytes[bit / 8] & (0x80 >>> (bit % 8))) != 0) {
                return false;
            }
        }
        return true;
    }

    private static String network(byte[] bytes, int prefix) {
        byte[] masked = bytes.clone();
        for (int bit = prefix; bit < masked.length * 8; bit++) {
            masked[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        try {
            // PostgreSQL writes the canonical (compressed) form back; this only has to be exact.
            return InetAddress.getByAddress(masked).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
