package org.sipar.detect.internal.lifecycle;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * URLs in their one canonical form. The rules, in order (RFC 3986 section 6 where it and Google Safe Browsing's
 * canonicalisation agree; where Safe Browsing is lossier, RFC 3986 is followed and the difference is named):
 * <ol>
 * <li>Surrounding white space is removed, and tab, CR and LF anywhere (Safe Browsing).
 * <li>No {@code scheme://} in front: {@code http://} is assumed (Safe Browsing; feeds often omit it). A scheme
 *     without an authority ({@code mailto:}, {@code data:}) is refused: such a value has no host to match.
 * <li>Scheme lowercase; the fragment removed (it never reaches the server).
 * <li>Host: every escape decoded, then as {@link IpAddress} (IPv6 in brackets, RFC 5952) or {@link DomainNames}
 *     (lowercase, trailing dot removed, punycode). Safe Browsing's reading of {@code 0x7f.1} or {@code 3232235777}
 *     as IPv4 is not done: such hosts are refused, and so are empty labels, which Safe Browsing collapses.
 * <li>Port: leading zeros dropped, an empty port or the scheme's default (http 80, https 443, ftp 21, ws 80,
 *     wss 443) removed; above 65535 refused.
 * <li>User info, path and query: {@link PercentEncoding} normalisation. An empty path becomes "/".
 * <li>Path: dot segments removed (after decoding, so {@code %2E%2E} counts). Repeated slashes are kept, and
 *     escapes of reserved characters ({@code %2F}) stay escaped, unlike Safe Browsing's full unescaping, because
 *     servers may tell those apart; the query is kept, in its order, "?" included when empty.
 * </ol>
 */
final class Urls {

    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*)://");
    private static final Pattern OPAQUE = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:(?![0-9]).*");
    private static final Pattern PORT = Pattern.compile("[0-9]{0,5}");
    private static final Map<String, Integer> DEFAULT_PORTS = Map.of("http", 80, "https", 443, "ftp", 21, "ws", 80, "wss", 443);

    private Urls() {
    }

    static String canonical(String text) {
        String url = text.strip().replaceAll("[\t\r\n]", "");
        Matcher scheme = SCHEME.matcher(url);
        if (!scheme.lookingAt()) {
            if (OPAQUE.matcher(url).matches()) {
                throw refused(text, "it has a scheme but no \"//\" authority, so no host");
            }
            url = "http://" + url;
            scheme = SCHEME.matcher(url);
            scheme.lookingAt();
        }
        String rest = url.substring(scheme.end());
        int hash = rest.indexOf('#');
        rest = hash < 0 ? rest : rest.substring(0, hash);
        int authorityEnd = firstOf(rest, '/', '?');
        String lowerScheme = scheme.group(1).toLowerCase(Locale.ROOT);
        return lowerScheme + "://" + authority(text, lowerScheme, rest.substring(0, authorityEnd))
                + pathAndQuery(rest.substring(authorityEnd));
    }

    private static String authority(String text, String scheme, String authority) {
        int at = authority.lastIndexOf('@');
        String userInfo = at < 0 ? "" : PercentEncoding.normalise(authority.substring(0, at)) + "@";
        String hostPort = authority.substring(at + 1);
        int portColon = hostPort.startsWith("[") ? hostPort.indexOf(':', Math.max(hostPort.indexOf(']'), 0)) : hostPort.lastIndexOf(':');
        String host = portColon < 0 ? hostPort : hostPort.substring(0, portColon);
        String port = portColon < 0 ? "" : hostPort.substring(portColon + 1);
        return userInfo + host(text, host) + port(text, scheme, port);
    }

    private static String host(String text, String host) {
        if (host.isEmpty()) {
            throw refused(text, "it has no host");
        }
        try {
            String decoded = PercentEncoding.decodeAll(host);
            if (decoded.startsWith("[") && decoded.endsWith("]")) {
                IpAddress address = IpAddress.ipv6(decoded.substring(1, decoded.length() - 1));
                return address.v6() ? "[" + address.text() + "]" : address.text();
            }
            return decoded.matches("[0-9.]+") ? IpAddress.ipv4(decoded).text() : DomainNames.canonical(decoded);
        } catch (IllegalArgumentException e) {
            String reason = e instanceof RefusedValueException refusal ? refusal.reason() : e.getMessage();
            throw refused(text, "its host \"" + host + "\" is not valid: " + reason);
        }
    }

    private static String port(String text, String scheme, String port) {
        if (!PORT.matcher(port).matches()) {
            throw refused(text, "its port \"" + port + "\" is not a number from 0 to 65535");
        }
        if (port.isEmpty()) {
            return "";
        }
        int number = Integer.parseInt(port);
        if (number > 65535) {
            throw refused(text, "its port " + port + " is above 65535");
        }
        return DEFAULT_PORTS.get(scheme) instanceof Integer standard && standard == number ? "" : ":" + number;
    }

    private static String pathAndQuery(String pathAndQuery) {
        int question = pathAndQuery.indexOf('?');
        String path = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
        String normalisedPath = path.isEmpty() ? "/" : DotSegments.remove(PercentEncoding.normalise(path));
        return question < 0 ? normalisedPath : normalisedPath + "?" + PercentEncoding.normalise(pathAndQuery.substring(question + 1));
    }

    private static int firstOf(String text, char a, char b) {
        int first = text.length();
        for (char c : new char[] {a, b}) {
            int at = text.indexOf(c);
            first = at >= 0 ? Math.min(first, at) : first;
        }
        return first;
    }

    private static RefusedValueException refused(String text, String reason) {
        return new RefusedValueException(ValueKind.URL, text, reason);
    }
}
