package org.sipar.advisory.internal.alert;

import java.util.regex.Pattern;

/**
 * The grammar of one component of a CPE 2.3 formatted string (NISTIR 7695, figure 6-3): the part is {@code a},
 * {@code o} or {@code h}; the language an RFC 5646 tag of a language and region; any other a value of letters,
 * digits, {@code - . _} and escaped punctuation, with an unescaped {@code *} or a run of {@code ?} only at its ends.
 * Each check names the first character (counted in the whole name, from 1) that breaks it.
 */
final class CpeComponents {

    /** Punctuation that must be escaped with a backslash: every printable ASCII character but letters, digits, - . _ */
    private static final String PUNCTUATION = "\\*?!\"#$%&'()+,/:;<=>@[]^`{|}~";
    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-([a-zA-Z]{2}|[0-9]{3}))?");

    private CpeComponents() {
    }

    static void part(String part, int at) {
        if (!part.matches("[aohAOH*-]")) {
            throw new IdentifierRejected(at, "cpe.part", part, "the part is a (application), o (operating system) or h (hardware), not '" + part + "'");
        }
    }

    static void language(String language, int at) {
        if (!CpeName.logical(language) && !LANGUAGE.matcher(language).matches()) {
            throw new IdentifierRejected(at, "cpe.language", language, "the language is a tag such as en or en-us, not '" + language + "'");
        }
    }

    static void value(String value, int at) {
        if (CpeName.logical(value)) {
            return;
        }
        int begin = leadingWildcards(value);
        int end = trailingWildcards(value, begin);
        if (begin == end) {
            throw new IdentifierRejected(at, "cpe.empty", value, "a component is *, - or has at least one character besides wildcards");
        }
        for (int i = begin; i < end; i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                if (i + 1 == end || PUNCTUATION.indexOf(value.charAt(i + 1)) < 0) {
                    throw new IdentifierRejected(at + i, "cpe.escape", i + 1 == end ? "\\" : "\\" + value.charAt(i + 1),
                            "a backslash escapes one of " + PUNCTUATION + " only");
                }
                i++;
            } else if (c == '*' || c == '?') {
                throw new IdentifierRejected(at + i, "cpe.wildcard", String.valueOf(c), "an unescaped " + c + " stands only at the start or end of a component");
            } else if (!unreserved(c)) {
                throw new IdentifierRejected(at + i, "cpe.character", String.valueOf(c), PUNCTUATION.indexOf(c) >= 0
                        ? "'" + c + "' is escaped with a backslash in a CPE name" : "'" + c + "' cannot be in a CPE name");
            }
        }
    }

    /** Where the value's body starts: after one {@code *} or a run of {@code ?}. */
    private static int leadingWildcards(String value) {
        if (value.startsWith("*")) {
            return 1;
        }
        int i = 0;
        while (i < value.length() && value.charAt(i) == '?') {
            i++;
        }
        return i;
    }

    /** Where the value's body ends: before one unescaped {@code *} or a run of unescaped {@code ?}. */
    private static int trailingWildcards(String value, int begin) {
        int end = value.length();
        if (end > begin && value.charAt(end - 1) == '*' && !escaped(value, end - 1)) {
            return end - 1;
        }
        while (end > begin && value.charAt(end - 1) == '?' && !escaped(value, end - 1)) {
            end--;
        }
        return end;
    }

    /** Whether the character at {@code i} is preceded by an odd number of backslashes. */
    private static boolean escaped(String value, int i) {
        int backslashes = 0;
        for (int j = i - 1; j >= 0 && value.charAt(j) == '\\'; j--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static boolean unreserved(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_');
    }
}
