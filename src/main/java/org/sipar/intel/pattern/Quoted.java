package org.sipar.intel.pattern;

import org.sipar.intel.pattern.Token.Kind;

/** Scans quoted tokens: strings {@code '…'} and the literals {@code t'…'}, {@code h'…'}, {@code b'…'}. */
final class Quoted {

    private Quoted() {
    }

    /** The kind of literal the letter before a quote introduces, or null if it introduces none. */
    static Kind prefixKind(char letter) {
        return switch (letter) {
            case 't' -> Kind.TIMESTAMP;
            case 'h' -> Kind.HEX;
            case 'b' -> Kind.BINARY;
            default -> null;
        };
    }

    /** The string starting with the quote at {@code start}; its content has {@code \'} and {@code \\} undone. */
    static Token string(String text, int start) {
        StringBuilder content = new StringBuilder();
        int i = start + 1;
        while (i < text.length() && text.charAt(i) != '\'') {
            char c = text.charAt(i);
            if (c == '\\') {
                char escaped = escapedAt(text, i + 1, start);
                content.append(escaped);
                i += 2;
            } else {
                content.append(c);
                i++;
            }
        }
        requireClosed(text, i, start, "string");
        return new Token(Kind.STRING, start, text.substring(start, i + 1), content.toString());
    }

    /** The literal of {@code kind} whose prefix letter is at {@code start}; the content is kept raw. */
    static Token prefixed(Kind kind, String text, int start) {
        int close = text.indexOf('\'', start + 2);
        int end = close < 0 ? text.length() : close;
        requireClosed(text, end, start, kind.name().toLowerCase(java.util.Locale.ROOT) + " literal");
        return new Token(kind, start, text.substring(start, end + 1), text.substring(start + 2, end));
    }

    private static char escapedAt(String text, int at, int start) {
        if (at >= text.length()) {
            throw PatternRejected.expected(at, "' closing the string that starts at " + start, "end of pattern");
        }
        char c = text.charAt(at);
        if (c != '\'' && c != '\\') {
            throw PatternRejected.expected(at, "' or \\ after a backslash (the only escapes in a string)",
                    "'" + c + "'");
        }
        return c;
    }

    private static void requireClosed(String text, int end, int start, String what) {
        if (end >= text.length()) {
            throw PatternRejected.expected(text.length(), "' closing the " + what + " that starts at " + start,
                    "end of pattern");
        }
    }
}
