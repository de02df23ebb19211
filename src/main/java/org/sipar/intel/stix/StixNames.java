package org.sipar.intel.stix;

import java.util.regex.Pattern;

/** The naming rules of specification section 3.1 for type names and property names. */
final class StixNames {

    // RFC 5646 langtag (language, script, region, variants, extensions, private use) or a private-use tag alone;
    // the irregular grandfathered tags such as i-klingon are not accepted.
    private static final Pattern LANGUAGE_TAG = Pattern.compile(
            "(?i)(([a-z]{2,3}(-[a-z]{3}){0,3}|[a-z]{4,8})(-[a-z]{4})?(-([a-z]{2}|\\d{3}))?"
                    + "(-([a-z\\d]{5,8}|\\d[a-z\\d]{3}))*(-[a-wyz\\d](-[a-z\\d]{2,8})+)*(-x(-[a-z\\d]{1,8})+)?"
                    + "|x(-[a-z\\d]{1,8})+)");

    private StixNames() {
    }

    /**
     * The schemas' pattern {@code [a-z][a-z0-9]*(-[a-z0-9]+)*-?}, 3-250 characters: no double hyphen, which would
     * make "type--uuid" identifiers ambiguous. Checked by hand: ingestion asks several times per object.
     */
    static boolean isTypeName(String name) {
        if (name == null || name.length() < 3 || name.length() > 250 || !isLower(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '-' ? name.charAt(i - 1) == '-' : !isLower(c) && !isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /** Property names are 3-250 characters of a-z, 0-9 and underscore; "id" is the one shorter name the spec defines. */
    static boolean isPropertyName(String name) {
        if ("id".equals(name)) {
            return true;
        }
        if (name.length() < 3 || name.length() > 250 || !isLower(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isLower(c) && !isDigit(c) && c != '_') {
                return false;
            }
        }
        return true;
    }

    /** The form of a UUID: 8-4-4-4-12 hexadecimal digits, either case. */
    static boolean isUuidForm(String text, int from) {
        if (text.length() - from != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(from + i);
            boolean hyphen = i == 8 || i == 13 || i == 18 || i == 23;
            if (hyphen ? c != '-' : !isDigit(c) && !(c >= 'a' && c <= 'f') && !(c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }

    /** Lower-case letters, digits and hyphens only, at least one: relationship types. */
    static boolean isLowerHyphenated(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isLower(c) && !isDigit(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLanguageTag(String tag) {
        return LANGUAGE_TAG.matcher(tag).matches();
    }
}
