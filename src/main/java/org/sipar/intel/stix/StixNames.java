package org.sipar.intel.stix;

import java.util.regex.Pattern;

/** The naming rules of specification section 3.1 for type names and property names. */
final class StixNames {

    // The schemas' pattern: no double hyphen, which would make "type--uuid" identifiers ambiguous.
    private static final Pattern TYPE_NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*-?");
    private static final Pattern PROPERTY_NAME = Pattern.compile("[a-z][a-z0-9_]{2,249}");
    // RFC 5646 langtag (language, script, region, variants, extensions, private use) or a private-use tag alone;
    // the irregular grandfathered tags such as i-klingon are not accepted.
    private static final Pattern LANGUAGE_TAG = Pattern.compile(
            "(?i)(([a-z]{2,3}(-[a-z]{3}){0,3}|[a-z]{4,8})(-[a-z]{4})?(-([a-z]{2}|\\d{3}))?"
                    + "(-([a-z\\d]{5,8}|\\d[a-z\\d]{3}))*(-[a-wyz\\d](-[a-z\\d]{2,8})+)*(-x(-[a-z\\d]{1,8})+)?"
                    + "|x(-[a-z\\d]{1,8})+)");

    private StixNames() {
    }

    static boolean isTypeName(String name) {
        return name != null && name.length() >= 3 && name.length() <= 250 && TYPE_NAME.matcher(name).matches();
    }

    /** Property names are 3-250 characters of a-z, 0-9 and underscore; "id" is the one shorter name the spec defines. */
    static boolean isPropertyName(String name) {
        return "id".equals(name) || PROPERTY_NAME.matcher(name).matches();
    }

    static boolean isLanguageTag(String tag) {
        return LANGUAGE_TAG.matcher(tag).matches();
    }
}
