package org.sipar.intel.pattern;

import java.math.BigDecimal;
import java.util.Base64;
import java.util.stream.Collectors;
import org.sipar.intel.pattern.Literal.BinaryLiteral;
import org.sipar.intel.pattern.Literal.BoolLiteral;
import org.sipar.intel.pattern.Literal.FloatLiteral;
import org.sipar.intel.pattern.Literal.HexLiteral;
import org.sipar.intel.pattern.Literal.IntLiteral;
import org.sipar.intel.pattern.Literal.ListLiteral;
import org.sipar.intel.pattern.Literal.StringLiteral;
import org.sipar.intel.pattern.Literal.TimestampLiteral;

/** Canonical text of literals and of property names, which share the string quoting rules. */
final class LiteralText {

    private static final java.util.regex.Pattern PLAIN_NAME =
            java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private LiteralText() {
    }

    /** The literal as pattern text, such as {@code 'it\'s'}, {@code 7.0} or {@code h'ffd8'}. */
    static String of(Literal literal) {
        return switch (literal) {
            case StringLiteral string -> quote(string.value());
            case IntLiteral integer -> Long.toString(integer.value());
            case FloatLiteral number -> floating(number.value());
            case BoolLiteral bool -> Boolean.toString(bool.value());
            case TimestampLiteral timestamp -> "t'" + timestamp.text() + "'";
            case BinaryLiteral binary -> "b'" + Base64.getEncoder().encodeToString(binary.bytes()) + "'";
            case HexLiteral hex -> "h'" + hex.hex() + "'";
            case ListLiteral list -> list.values().stream().map(LiteralText::of)
                    .collect(Collectors.joining(", ", "(", ")"));
        };
    }

    /** A property name bare when the grammar allows it bare, quoted otherwise (hyphens, keywords, spaces). */
    static String propertyName(String name) {
        return PLAIN_NAME.matcher(name).matches() && !Token.isReserved(name) ? name : quote(name);
    }

    private static String quote(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    // Plain decimal notation with a fractional part, as the grammar has no exponents and reads "7" as an integer.
    private static String floating(double value) {
        String text = BigDecimal.valueOf(value).toPlainString();
        return text.contains(".") ? text : text + ".0";
    }
}
