package org.sipar.intel.pattern;

import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/** A constant on the right-hand side of a comparison. */
public sealed interface Literal extends Pattern {

    /** {@code 'text'}; the value is unescaped ({@code \'} in the pattern is {@code '} here). */
    record StringLiteral(String value) implements Literal {

        /** A string constant. */
        public StringLiteral {
            Objects.requireNonNull(value, "value");
        }
    }

    /** An integer such as {@code 1024} or {@code -1}. */
    record IntLiteral(long value) implements Literal {
    }

    /** A floating-point number such as {@code 7.0}. */
    record FloatLiteral(double value) implements Literal {

        /** A finite number; negative zero becomes zero so that equal texts give equal literals. */
        public FloatLiteral {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("float literal must be finite but got " + value);
            }
            value = value == 0.0 ? 0.0 : value;
        }
    }

    /** {@code true} or {@code false}. */
    record BoolLiteral(boolean value) implements Literal {
    }

    /** {@code t'2016-01-01T00:00:00Z'}; keeps the text as written so that its precision survives rendering. */
    record TimestampLiteral(Instant instant, String text) implements Literal {

        /** A timestamp; refused when {@code text} is not an RFC 3339 UTC timestamp denoting {@code instant}. */
        public TimestampLiteral {
            Objects.requireNonNull(instant, "instant");
            Objects.requireNonNull(text, "text");
            Instant parsed = Timestamps.parseArgument(text);
            if (!parsed.equals(instant)) {
                throw new IllegalArgumentException("timestamp text '" + text + "' denotes " + parsed + ", not "
                        + instant);
            }
        }

        /** The literal for {@code instant}, written as {@link Instant#toString()} does. */
        public static TimestampLiteral of(Instant instant) {
            return new TimestampLiteral(instant, instant.toString());
        }
    }

    /** {@code b'base64'}: binary data. */
    record BinaryLiteral(byte[] bytes) implements Literal {

        /** Binary data, copied; refused when empty, as the grammar has no empty {@code b''}. */
        public BinaryLiteral {
            bytes = Objects.requireNonNull(bytes, "bytes").clone();
            if (bytes.length == 0) {
                throw new IllegalArgumentException("binary literal must hold at least one byte but got 0");
            }
        }

        /** A copy of the data. */
        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof BinaryLiteral that && Arrays.equals(bytes, that.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "BinaryLiteral[" + render() + "]";
        }
    }

    /** {@code h'00ff'}: binary data written in hexadecimal. */
    record HexLiteral(byte[] bytes) implements Literal {

        /** Binary data, copied. */
        public HexLiteral {
            bytes = Objects.requireNonNull(bytes, "bytes").clone();
        }

        /** A copy of the data. */
        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        /** The data as lower-case hexadecimal digits. */
        public String hex() {
            return HexFormat.of().formatHex(bytes);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof HexLiteral that && Arrays.equals(bytes, that.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "HexLiteral[" + hex() + "]";
        }
    }

    /** {@code (a, b, ...)}: the set of values on the right of IN; may be empty, may not nest. */
    record ListLiteral(List<Literal> values) implements Literal {

        /** A list of values; refused when one is itself a list. */
        public ListLiteral {
            values = List.copyOf(Objects.requireNonNull(values, "values"));
            values.stream().filter(ListLiteral.class::isInstance).findFirst().ifPresent(nested -> {
                throw new IllegalArgumentException("a list may not contain the list " + nested.render());
            });
        }
    }
}
