package org.sipar.intel.pattern;

import java.util.Arrays;
import java.util.Optional;

/** A comparison operator; each takes a particular kind of value on its right-hand side. */
public enum Operator {
    EQUAL("=", Takes.PRIMITIVE),
    NOT_EQUAL("!=", Takes.PRIMITIVE),
    LESS_THAN("<", Takes.ORDERABLE),
    LESS_THAN_OR_EQUAL("<=", Takes.ORDERABLE),
    GREATER_THAN(">", Takes.ORDERABLE),
    GREATER_THAN_OR_EQUAL(">=", Takes.ORDERABLE),
    IN("IN", Takes.LIST),
    LIKE("LIKE", Takes.STRING),
    MATCHES("MATCHES", Takes.STRING),
    IS_SUBSET("ISSUBSET", Takes.STRING),
    IS_SUPERSET("ISSUPERSET", Takes.STRING);

    // What each group of operators takes, worded to complete "expected ... after '<operator>'".
    private enum Takes {
        PRIMITIVE("a string, number, boolean, timestamp, binary or hex value"),
        ORDERABLE("a string, number, timestamp, binary or hex value"),
        LIST("a parenthesised list of values"),
        STRING("a quoted string");

        private final String description;

        Takes(String description) {
            this.description = description;
        }
    }

    private final String symbol;
    private final Takes takes;

    Operator(String symbol, Takes takes) {
        this.symbol = symbol;
        this.takes = takes;
    }

    /** The operator as written in canonical pattern text, such as {@code <=} or {@code ISSUBSET}. */
    public String symbol() {
        return symbol;
    }

    /** Whether this operator may compare a path with {@code value}. */
    public boolean accepts(Literal value) {
        return switch (takes) {
            case PRIMITIVE -> !(value instanceof Literal.ListLiteral);
            case ORDERABLE -> !(value instanceof Literal.ListLiteral || value instanceof Literal.BoolLiteral);
            case LIST -> value instanceof Literal.ListLiteral;
            case STRING -> value instanceof Literal.StringLiteral;
        };
    }

    /** The kind of value this operator takes, in words (for messages). */
    String takes() {
        return takes.description;
    }

    /** The operator written {@code text}, accepting the aliases {@code ==} and {@code <>}; empty if none. */
    static Optional<Operator> bySymbol(String text) {
        String canonical = switch (text) {
            case "==" -> "=";
            case "<>" -> "!=";
            default -> text;
        };
        return Arrays.stream(values()).filter(operator -> operator.symbol.equals(canonical)).findFirst();
    }
}
