package org.sipar.intel.pattern;

import java.util.Locale;
import java.util.Set;

/**
 * One lexical unit of a pattern. {@code text} is the source as written; {@code content} is what is inside
 * the quotes of a quoted token (unescaped for strings) and equals {@code text} for every other kind.
 */
record Token(Kind kind, int position, String text, String content) {

    enum Kind {
        WORD, STRING, INTEGER, FLOAT, TIMESTAMP, BINARY, HEX,
        LEFT_BRACKET, RIGHT_BRACKET, LEFT_PAREN, RIGHT_PAREN, COLON, DOT, COMMA, STAR, OPERATOR,
        UNKNOWN, END
    }

    // Every reserved word of the grammar; used to hint that keywords are case-sensitive.
    private static final Set<String> KEYWORDS = Set.of("AND", "OR", "NOT", "FOLLOWEDBY", "LIKE", "MATCHES",
            "ISSUPERSET", "ISSUBSET", "EXISTS", "IN", "START", "STOP", "SECONDS", "WITHIN", "REPEATS", "TIMES");

    Token(Kind kind, int position, String text) {
        this(kind, position, text, text);
    }

    /** Whether {@code word} is reserved by the grammar, so that a property of that name must be quoted. */
    static boolean isReserved(String word) {
        return KEYWORDS.contains(word) || word.equals("true") || word.equals("false");
    }

    /** Whether this is the reserved word {@code keyword}, written exactly (keywords are upper case). */
    boolean is(String keyword) {
        return kind == Kind.WORD && text.equals(keyword);
    }

    /** How a message names this token after "found". */
    String describe() {
        String shown = text.length() <= 40 ? text : text.substring(0, 37) + "...";
        return switch (kind) {
            case END -> "end of pattern";
            case STRING -> "the string " + shown;
            case TIMESTAMP, BINARY, HEX -> shown;
            default -> "'" + shown + "'" + (miscased() ? " (keywords are written in upper case)" : "");
        };
    }

    private boolean miscased() {
        return kind == Kind.WORD && !KEYWORDS.contains(text) && KEYWORDS.contains(text.toUpperCase(Locale.ROOT));
    }
}
