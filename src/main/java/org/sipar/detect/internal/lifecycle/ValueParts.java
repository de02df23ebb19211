package org.sipar.detect.internal.lifecycle;

/**
 * The part of a canonical value that the {@code cidr} and {@code hostname} tables look at: an address or range
 * itself, a domain name itself, a URL's host and an e-mail address's domain (an address when it is one).
 */
final class ValueParts {

    private ValueParts() {
    }

    static void lookUp(CanonicalValue value, WarningListTables tables, EntryHit hit) {
        String text = value.text();
        switch (value.kind()) {
            case IPV4, IPV6 -> tables.cidrs.find(WarningListTables.fullLength(IpAddress.parse(text)), hit);
            case CIDR -> tables.cidrs.find(CidrBlock.parse(text), hit);
            case DOMAIN_NAME -> tables.hostnames.find(text, hit);
            case URL -> host(urlHost(text), tables, hit);
            case EMAIL -> host(text.substring(text.lastIndexOf('@') + 1), tables, hit);
            default -> {
                // hashes have no part for these tables
            }
        }
    }

    private static void host(String host, WarningListTables tables, EntryHit hit) {
        if (host.startsWith("[")) {
            String literal = host.substring(host.startsWith("[IPv6:") ? 6 : 1, host.length() - 1);
            tables.cidrs.find(WarningListTables.fullLength(IpAddress.parse(literal)), hit);
        } else if (host.chars().allMatch(c -> c == '.' || c >= '0' && c <= '9')) {
            tables.cidrs.find(WarningListTables.fullLength(IpAddress.ipv4(host)), hit);
        } else {
            tables.hostnames.find(host, hit);
        }
    }

    /** The host of a canonical URL: after "://" and any user info, before the port or path. */
    static String urlHost(String canonicalUrl) {
        int start = canonicalUrl.indexOf("://") + 3;
        String authority = canonicalUrl.substring(start, canonicalUrl.indexOf('/', start));
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        if (hostPort.startsWith("[")) {
            return hostPort.substring(0, hostPort.indexOf(']') + 1);
        }
        int colon = hostPort.indexOf(':');
        return colon < 0 ? hostPort : hostPort.substring(0, colon);
    }
}
