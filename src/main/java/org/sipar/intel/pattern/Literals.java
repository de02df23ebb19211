package org.sipar.intel.pattern;

import java.util.Base64;
import java.util.HexFormat;
import org.sipar.intel.pattern.Literal.BinaryLiteral;
import org.sipar.intel.pattern.Literal.BoolLiteral;
import org.sipar.intel.pattern.Literal.FloatLiteral;
import org.sipar.intel.pattern.Literal.HexLiteral;
import org.sipar.intel.pattern.Literal.IntLiteral;
import org.sipar.intel.pattern.Literal.StringLiteral;
import org.sipar.intel.pattern.Literal.TimestampLiteral;

/** Turns literal tokens into {@link Literal}s, refusing what the grammar refuses at the offending character. */
final class Literals {

    private static final String HEX = "0123456789abcdefABCDEF";
    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private Literals() {
    }

    /** The literal {@code token} spells, or null when it is not a literal at all. */
    static Literal of(Token token) {
        return switch (token.kind()) {
            case STRING -> new StringLiteral(token.content());
            case INTEGER -> integer(token);
            case FLOAT -> floating(token);
            case TIMESTAMP -> new TimestampLiteral(Timestamps.parse(token.content(), contentStart(token)),
                    token.content());
            case HEX -> new HexLiteral(hex(token));
            case BINARY -> new BinaryLiteral(base64(token));
            case WORD -> token.is("true") || token.is("false") ? new BoolLiteral(token.is("true")) : null;
            default -> null;
        };
    }

    private static Literal integer(Token token) {
        String digits = token.text().replaceFirst("^[+-]", "");
        if (digits.length() > 1 && digits.charAt(0) == '0') {
            throw Cursor.reject(token, "an integer without leading zeros");
        }
        try {
            return new IntLiteral(Long.parseLong(token.text()));
        } catch (NumberFormatException e) {
            throw Cursor.reject(token, "an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE);
        }
    }

    private static Literal floating(Token token) {
        double value = Double.parseDouble(token.text());
        if (!Double.isFinite(value)) {
            throw Cursor.reject(token, "a floating-point number within the range of a double");
        }
        return new FloatLiteral(value);
    }

    private static byte[] hex(Token token) {
        String digits = token.content();
        for (int i = 0; i < digits.length(); i++) {
            if (HEX.indexOf(digits.charAt(i)) < 0) {
                throw PatternRejected.expected(contentStart(token) + i, "a hex digit (0-9, a-f, A-F)",
                        "'" + digits.charAt(i) + "'");
            }
        }
        if (digits.length() % 2 != 0) {
            throw PatternRejected.expected(contentStart(token), "an even number of hex digits (two per byte)",
                    digits.length() + " digits");
        }
        return HexFormat.of().parseHex(digits);
    }

    private static byte[] base64(Token token) {
        String text = token.content();
        int padding = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
        for (int i = 0; i < text.length() - padding; i++) {
            if (BASE64.indexOf(text.charAt(i)) < 0) {
                throw PatternRejected.expected(contentStart(token) + i, "a base64 character (A-Z, a-z, 0-9, +, /)"
                        + (text.charAt(i) == '=' ? " before the padding" : ""), "'" + text.charAt(i) + "'");
            }
        }
        if (text.isEmpty() || text.length() % 4 != 0) {
            throw PatternRejected.expected(contentStart(token), "base64 text of 4, 8, 12, ... characters",
                    text.length() + (text.length() == 1 ? " character" : " characters"));
        }
        return Base64.getDecoder().decode(text);
    }

    private static int contentStart(Token token) {
        return token.position() + 2;
    }
}
