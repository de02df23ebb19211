package org.sipar.detect.internal.telemetry;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Whether a logged value is a valid address, domain name, URL, e-mail address or hash, and which: the checks are
 * syntactic and allocation-light because they run on every field of every line. Values are returned trimmed, not
 * canonicalised (that is {@code detect.internal.lifecycle}'s).
 */
final class Values {

    private static final int MAX_DOMAIN = 253;
    private static final int MAX_LABEL = 63;

    private Values() {
    }

    /** The address as {@code ipv4-addr} or {@code ipv6-addr}, decided from the value itself, or null. */
    static Observable address(String value) {
        if (isIpv4(value)) {
            return Observable.of(Observable.IPV4, value);
        }
        if (value.indexOf(':') < 0 || !isHexColonDot(value)) {
            return null;
        }
        try {
            // Only a literal reaches this point (hex digits, colons, dots), so getByName never asks the DNS.
            InetAddress parsed = InetAddress.getByName(value);
            return parsed instanceof Inet4Address ? Observable.of(Observable.IPV4, parsed.getHostAddress())
                    : Observable.of(Observable.IPV6, value);
        } catch (UnknownHostException notAnAddress) {
            return null;
        }
    }

    /**
     * A dotted quad of decimal octets 0-255. Written out because the JDK's only parser for it, InetAddress,
     * falls back to a DNS lookup on anything it cannot read, such as {@code 999.1.1.1}.
     */
    static boolean isIpv4(String value) {
        int octets = 0;
        int octet = 0;
        int digits = 0;
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : '.';
            if (c == '.') {
                if (digits == 0 || ++octets > 4) {
                    return false;
                }
                octet = 0;
                digits = 0;
            } else if (c >= '0' && c <= '9' && digits < 3) {
                octet = octet * 10 + c - '0';
                digits++;
                if (octet > 255) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return octets == 4;
    }

    private static boolean isHexColonDot(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.digit(c, 16) < 0 && c != ':' && c != '.' || c > 127) {
                return false;
            }
        }
        return true;
    }

    /** A domain name (letters, digits, hyphens and underscores, labels of 1 to 63), without a trailing dot, or null. */
    static String domain(String value) {
        String name = value.endsWith(".") ? value.substring(0, value.length() - 1) : value;
        if (name.isEmpty() || name.length() > MAX_DOMAIN || isIpv4(name)) {
            return null;
        }
        int labelStart = 0;
        for (int i = 0; i <= name.length(); i++) {
            char c = i < name.length() ? name.charAt(i) : '.';
            if (c == '.') {
                int label = i - labelStart;
                if (label == 0 || label > MAX_LABEL || name.charAt(labelStart) == '-' || name.charAt(i - 1) == '-') {
                    return null;
                }
                labelStart = i + 1;
            } else if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_'))) {
                return null;
            }
        }
        return name;
    }

    /** A host as logged by HTTP or TLS (a name or an address, perhaps with {@code :port}) as its observable, or null. */
    static Observable host(String value) {
        String host = value;
        int colon = value.lastIndexOf(':');
        if (colon > 0 && value.indexOf(':') == colon && isDigits(value, colon + 1)) {
            host = value.substring(0, colon);
        }
        Observable address = address(host);
        if (address != null) {
            return address;
        }
        String domain = domain(host);
        return domain == null ? null : Observable.of(Observable.DOMAIN, domain);
    }

    private static boolean isDigits(String value, int from) {
        if (from >= value.length()) {
            return false;
        }
        for (int i = from; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The address in {@code a@b.example}, {@code <a@b.example>} or {@code Name <a@b.example>}, or null. */
    static String email(String value) {
        int open = value.lastIndexOf('<');
        String address = open >= 0 && value.endsWith(">") ? value.substring(open + 1, value.length() - 1).strip() : value;
        int at = address.lastIndexOf('@');
        if (at <= 0 || address.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == ',')) {
            return null;
        }
        return domain(address.substring(at + 1)) == null ? null : address;
    }

    /** A URL with a scheme and a host, without blanks or control characters, or null. */
    static String url(String value) {
        int separator = value.indexOf("://");
        if (separator <= 0 || separator + 3 >= value.length() || !Character.isLetter(value.charAt(0))) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c == 127 || i < separator && !(Character.isLetterOrDigit(c) || c == '+' || c == '.' || c == '-')) {
                return null;
            }
        }
        char hostStart = value.charAt(separator + 3);
        return hostStart == '/' || hostStart == '?' || hostStart == '#' ? null : value;
    }

    /** Whether the value is exactly {@code length} hexadecimal digits. */
    static boolean isHex(String value, int length) {
        if (value.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (Character.digit(value.charAt(i), 16) < 0 || value.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
