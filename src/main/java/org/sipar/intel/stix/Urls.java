package org.sipar.intel.stix;

import java.util.BitSet;

/**
 * Absolute URLs by the generic syntax of RFC 3986 (section 4.3): a scheme, a colon, then only the characters
 * the syntax allows, with each '%' starting an escape of two hexadecimal digits and at most one '#'. Checked
 * by hand rather than by regular expression, which overflows the stack on long values.
 */
final class Urls {

    // unreserved, sub-delims, ':', '@', '/', '?', and '[' ']' for IP literals in the authority
    private static final BitSet ALLOWED = new BitSet(128);

    static {
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/?[]"
                .chars().forEach(ALLOWED::set);
    }

    private Urls() {
    }

    static boolean isAbsolute(String url) {
        int colon = url.indexOf(':');
        if (colon < 1 || !isScheme(url.substring(0, colon))) {
            return false;
        }
        boolean fragment = false;
        for (int i = colon + 1; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '%') {
                if (i + 2 >= url.length() || Character.digit(url.charAt(i + 1), 16) < 0
                        || Character.digit(url.charAt(i + 2), 16) < 0) {
                    return false;
                }
                i += 2;
            } else if (c == '#' && !fragment) {
                fragment = true;
            } else if (c >= 128 || !ALLOWED.get(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isScheme(String scheme) {
        char first = scheme.charAt(0);
        boolean letter = first < 128 && Character.isLetter(first);
        return letter && scheme.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.'));
    }
}
