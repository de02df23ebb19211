package org.sipar.detect.internal.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The entries of the {@code regex} lists. MISP hands them to PHP's {@code preg_match}, so they are written with
 * delimiters and flags ({@code /^.*\.example$/i}); they are read as Java patterns with the flags i, m, s, x and u
 * translated, and an entry without delimiters is taken as the pattern itself. Each is tried in turn: regex lists
 * are short, and nothing better is possible for arbitrary patterns.
 */
final class RegexTable {

    private static final Map<Character, Character> BRACKETS = Map.of('(', ')', '{', '}', '[', ']', '<', '>');

    private record Entry(Pattern pattern, String text, int list) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Refuses (IllegalArgumentException naming why) an entry that is not a pattern. */
    void add(String entry, int list) {
        entries.add(new Entry(compile(entry), entry, list));
    }

    void find(String value, EntryHit hit) {
        for (Entry entry : entries) {
            if (entry.pattern().matcher(value).find()) {
                hit.accept(entry.list(), entry.text());
            }
        }
    }

    static Pattern compile(String entry) {
        char open = entry.isEmpty() ? 'a' : entry.charAt(0);
        if (Character.isLetterOrDigit(open) || Character.isWhitespace(open) || open == '\\') {
            return Pattern.compile(entry);
        }
        char close = BRACKETS.getOrDefault(open, open);
        int end = entry.lastIndexOf(close);
        if (end <= 0) {
            throw new IllegalArgumentException("the pattern opens with the delimiter " + open + " but never closes it");
        }
        return Pattern.compile(entry.substring(1, end), flags(entry.substring(end + 1)));
    }

    private static int flags(String letters) {
        int flags = 0;
        for (char letter : letters.toCharArray()) {
            flags |= switch (letter) {
                case 'i' -> Pattern.CASE_INSENSITIVE;
                case 'm' -> Pattern.MULTILINE;
                case 's' -> Pattern.DOTALL;
                case 'x' -> Pattern.COMMENTS;
                case 'u' -> Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
                default -> throw new IllegalArgumentException("the pattern flag " + letter + " is not one of i, m, s, x, u");
            };
        }
        return flags;
    }
}
