package org.sipar.detect.internal.lifecycle;

import java.util.regex.Pattern;

/** A range of addresses: its network address (host bits cleared) and prefix length. */
record CidrBlock(IpAddress network, int prefix) {

    private static final Pattern PREFIX = Pattern.compile("0|[1-9][0-9]{0,2}");

    /**
     * {@code address/prefix}: the prefix decimal without leading zeros, at most the family's bits; the host bits
     * cleared ({@code 192.0.2.77/24} is {@code 192.0.2.0/24}), since the range is what is meant. An IPv4-mapped
     * range ({@code ::ffff:10.0.0.0/104}) is the IPv4 range ({@code 10.0.0.0/8}).
     */
    static CidrBlock parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0 || !PREFIX.matcher(text.substring(slash + 1)).matches()) {
            throw refused(text, "a CIDR block is address/prefix-length, such as 192.0.2.0/24");
        }
        String addressText = text.substring(0, slash);
        IpAddress address = address(text, addressText);
        int prefix = Integer.parseInt(text.substring(slash + 1));
        if (!address.v6() && addressText.indexOf(':') >= 0) {
            if (prefix < 96) {
                throw refused(text, "an IPv4-mapped range needs a prefix of at least 96");
            }
            prefix -= 96;
        }
        if (prefix > address.bits()) {
            throw refused(text, "the prefix " + prefix + " is longer than the address's " + address.bits() + " bits");
        }
        return new CidrBlock(address.masked(prefix), prefix);
    }

    private static IpAddress address(String text, String addressText) {
        try {
            return IpAddress.parse(addressText);
        } catch (RefusedValueException e) {
            throw refused(text, "its address is not valid: " + e.reason());
        }
    }

    private static RefusedValueException refused(String text, String reason) {
        return new RefusedValueException(ValueKind.CIDR, text, reason);
    }

    String text() {
        return network.text() + "/" + prefix;
    }
}
