package org.sipar.intel.pattern;

import org.sipar.intel.pattern.Token.Kind;

/**
 * Splits a pattern into tokens on demand, so that errors surface in the order of their positions. Any
 * character the grammar has no use for becomes an UNKNOWN token, leaving the parser to say what it expected.
 */
final class Lexer {

    private final String text;
    private int index;

    Lexer(String text) {
        this.text = text;
    }

    /** The next token, or an END token once the text is used up. */
    Token next() {
        skipSpaceAndComments();
        if (index >= text.length()) {
            return new Token(Kind.END, index, "");
        }
        char c = text.charAt(index);
        Kind single = single(c);
        if (single != null) {
            return take(single, 1);
        }
        if (c == '\'') {
            return consume(Quoted.string(text, index));
        }
        if (isWordStart(c)) {
            return word();
        }
        if (isDigit(c) || ((c == '+' || c == '-' || c == '.') && startsNumber(index))) {
            return number();
        }
        return operatorOrUnknown(c);
    }

    private static Kind single(char c) {
        return switch (c) {
            case '[' -> Kind.LEFT_BRACKET;
            case ']' -> Kind.RIGHT_BRACKET;
            case '(' -> Kind.LEFT_PAREN;
            case ')' -> Kind.RIGHT_PAREN;
            case ':' -> Kind.COLON;
            case ',' -> Kind.COMMA;
            case '*' -> Kind.STAR;
            default -> null;
        };
    }

    private Token word() {
        int end = index + 1;
        while (end < text.length() && isWordPart(text.charAt(end))) {
            end++;
        }
        Kind prefixed = end == index + 1 && end < text.length() && text.charAt(end) == '\''
                ? Quoted.prefixKind(text.charAt(index)) : null;
        return prefixed != null ? consume(Quoted.prefixed(prefixed, text, index)) : take(Kind.WORD, end - index);
    }

    private Token number() {
        int end = index;
        if (text.charAt(end) == '+' || text.charAt(end) == '-') {
            end++;
        }
        end = digitsFrom(end);
        boolean fraction = end + 1 < text.length() && text.charAt(end) == '.' && isDigit(text.charAt(end + 1));
        return fraction ? take(Kind.FLOAT, digitsFrom(end + 1) - index) : take(Kind.INTEGER, end - index);
    }

    private Token operatorOrUnknown(char c) {
        char after = index + 1 < text.length() ? text.charAt(index + 1) : 0;
        return switch (c) {
            case '.' -> take(Kind.DOT, 1);
            case '=' -> take(Kind.OPERATOR, after == '=' ? 2 : 1);
            case '!' -> after == '=' ? take(Kind.OPERATOR, 2) : take(Kind.UNKNOWN, 1);
            case '<' -> take(Kind.OPERATOR, after == '=' || after == '>' ? 2 : 1);
            case '>' -> take(Kind.OPERATOR, after == '=' ? 2 : 1);
            default -> take(Kind.UNKNOWN, Character.charCount(text.codePointAt(index)));
        };
    }

    private void skipSpaceAndComments() {
        while (index < text.length()) {
            char c = text.charAt(index);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                index++;
            } else if (text.startsWith("//", index)) {
                int newline = text.indexOf('\n', index);
                index = newline < 0 ? text.length() : newline + 1;
            } else if (text.startsWith("/*", index)) {
                int close = text.indexOf("*/", index + 2);
                if (close < 0) {
                    throw PatternRejected.expected(text.length(),
                            "'*/' closing the comment opened at " + index, "end of pattern");
                }
                index = close + 2;
            } else {
                return;
            }
        }
    }

    private boolean startsNumber(int at) {
        int next = text.charAt(at) == '.' ? at : at + 1;
        if (next < text.length() && text.charAt(next) == '.') {
            next++;
        }
        return next < text.length() && isDigit(text.charAt(next));
    }

    private int digitsFrom(int at) {
        while (at < text.length() && isDigit(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private Token take(Kind kind, int length) {
        Token token = new Token(kind, index, text.substring(index, index + length));
        index += length;
        return token;
    }

    private Token consume(Token token) {
        index = token.position() + token.text().length();
        return token;
    }

    private static boolean isWordStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isWordPart(char c) {
        return isWordStart(c) || isDigit(c) || c == '-';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
