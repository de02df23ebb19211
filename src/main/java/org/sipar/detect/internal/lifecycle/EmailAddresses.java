package org.sipar.detect.internal.lifecycle;

import java.util.Locale;

/**
 * E-mail addresses as {@code local@domain}: split at the last '@'; the domain canonical as a {@link DomainNames}
 * name (or an address literal {@code [192.0.2.1]}, {@code [IPv6:2001:db8::1]}); the local part kept character for
 * character except that it is lowercased (Locale.ROOT). RFC 5321 lets a server treat the local part's case as
 * significant, but no mail system in common use does, and a campaign's {@code Billing@} and {@code billing@} are
 * one mailbox. Provider-specific equivalences (Gmail's dots, "+tag" suffixes) are not applied: they hold for some
 * domains only.
 */
final class EmailAddresses {

    private EmailAddresses() {
    }

    static String canonical(String text) {
        int at = text.lastIndexOf('@');
        if (at <= 0 || at == text.length() - 1) {
            throw refused(text, "an e-mail address is local-part@domain, with both parts");
        }
        String local = text.substring(0, at);
        if (local.length() > 64) {
            throw refused(text, "its local part has " + local.length() + " characters, more than 64");
        }
        if (local.chars().anyMatch(c -> c <= 0x20 || c == 0x7F)) {
            throw refused(text, "its local part has white space or control characters");
        }
        return local.toLowerCase(Locale.ROOT) + "@" + domain(text, text.substring(at + 1));
    }

    private static String domain(String text, String domain) {
        try {
            if (domain.startsWith("[IPv6:") && domain.endsWith("]")) {
                return "[IPv6:" + IpAddress.ipv6(domain.substring(6, domain.length() - 1)).text() + "]";
            }
            if (domain.startsWith("[") && domain.endsWith("]")) {
                return "[" + IpAddress.ipv4(domain.substring(1, domain.length() - 1)).text() + "]";
            }
            return DomainNames.canonical(domain);
        } catch (RefusedValueException e) {
            throw refused(text, "its domain \"" + domain + "\" is not valid: " + e.reason());
        }
    }

    private static RefusedValueException refused(String text, String reason) {
        return new RefusedValueException(ValueKind.EMAIL, text, reason);
    }
}
