package org.sipar.intel.stix;

/**
 * Text as PostgreSQL and every JSON reader can hold it: no NUL character (jsonb refuses U+0000) and no UTF-16
 * surrogate without its partner (it is no Unicode character, and writers silently turn it into '?').
 */
final class Texts {

    private Texts() {
    }

    /** The index of the first NUL or unpaired surrogate in the text, or -1 when there is none. */
    static int firstUnstorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || Character.isLowSurrogate(c)) {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return i;
                }
                i++; // a well-formed pair
            }
        }
        return -1;
    }

    /** The text with each NUL and unpaired surrogate written as a \\uXXXX escape, so that messages stay storable. */
    static String printable(String text) {
        int first = firstUnstorable(text);
        if (first < 0) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 8).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                escaped.append(c).append(text.charAt(++i));
            } else {
                escaped.append(c == 0 || Character.isSurrogate(c) ? escape(c) : String.valueOf(c));
            }
        }
        return escaped.toString();
    }

    /** What is wrong with the character at the index {@link #firstUnstorable} found. */
    static String describe(String text, int index) {
        char c = text.charAt(index);
        return c == 0 ? "contains a NUL character (U+0000) at index " + index + ", which PostgreSQL cannot store"
                : "contains an unpaired UTF-16 surrogate " + escape(c) + " at index " + index
                        + ", which is no Unicode character and would be stored as '?'";
    }

    private static String escape(char c) {
        return String.format("\\u%04X", (int) c);
    }
}
