package org.sipar.detect.internal.lifecycle;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Domain names in their one canonical form: ASCII (internationalised labels as {@code xn--} punycode, by
 * {@link IDN#toASCII} with IDNA 2003 mapping, which also folds case and the ideographic full stops U+3002, U+FF0E
 * and U+FF61 to '.'), lowercase, without the root's trailing dot.
 *
 * <p>Labels are 1 to 63 letters, digits, '-' and '_' and neither begin nor end with '-'; the name is at most 253
 * characters and its last label is not all digits (so an IPv4 address is never a domain). '_' is allowed because
 * DNS allows it and real names carry it ({@code _dmarc.example.org}, malware's subdomains). Characters newer than
 * IDNA 2003's Unicode 3.2 are allowed ({@code ALLOW_UNASSIGNED}): emoji names are registered and used. IDNA 2003
 * maps the deviation characters (ß, ς, ZWJ, ZWNJ) where IDNA 2008 keeps them; a name given as {@code xn--} is kept
 * as given, so punycode indicators still match the ASCII names DNS logs carry.
 */
final class DomainNames {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?");
    private static final Pattern ALL_DIGITS = Pattern.compile("[0-9]+");

    private DomainNames() {
    }

    static String canonical(String text) {
        String ascii = toAscii(text).toLowerCase(Locale.ROOT);
        if (ascii.endsWith(".")) {
            ascii = ascii.substring(0, ascii.length() - 1);
        }
        if (ascii.isEmpty() || ascii.length() > 253) {
            throw refused(text, "a domain name has 1 to 253 characters, this one " + ascii.length());
        }
        String[] labels = ascii.split("\\.", -1);
        for (String label : labels) {
            checkLabel(text, label);
        }
        if (ALL_DIGITS.matcher(labels[labels.length - 1]).matches()) {
            throw refused(text, "its last label is all digits, which no top-level domain is");
        }
        return ascii;
    }

    private static String toAscii(String text) {
        try {
            return IDN.toASCII(text, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            throw refused(text, "it has no IDNA ASCII form (" + e.getMessage() + ")");
        }
    }

    private static void checkLabel(String text, String label) {
        if (label.isEmpty()) {
            throw refused(text, "it has an empty label");
        }
        if (!LABEL.matcher(label).matches()) {
            throw refused(text, "the label \"" + label + "\" is not 1 to 63 letters, digits, '-' or '_' with no '-' at either end");
        }
        if (label.startsWith("xn--") && IDN.toUnicode(label, IDN.ALLOW_UNASSIGNED).equals(label)) {
            throw refused(text, "the label \"" + label + "\" is not valid punycode");
        }
    }

    private static RefusedValueException refused(String text, String reason) {
        return new RefusedValueException(ValueKind.DOMAIN_NAME, text, reason);
    }
}
