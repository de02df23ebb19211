package org.sipar.detect.internal.evaluate;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * How an observed value compares with a pattern's constant, by the type table of the reference matcher: numbers
 * with numbers (integers and floats mixed), strings with strings, booleans with booleans, binary with binary or
 * with a string whose characters are all below 256, timestamps with strings that read as timestamps. Any other
 * pair is incomparable, which makes {@code =} and every ordering false rather than an error.
 */
final class Values {

    /** What {@link #order} answers for a pair it cannot order. */
    static final int INCOMPARABLE = Integer.MIN_VALUE;

    private Values() {
    }

    /** Whether the observed {@code value} equals the compiled constant {@code constant}. */
    static boolean equal(Object value, Object constant) {
        return switch (constant) {
            case String text -> value instanceof String s ? s.equals(text)
                    : value instanceof byte[] bytes && Arrays.equals(bytes, latin1(text));
            case Boolean flag -> flag.equals(value);
            case Instant instant -> value instanceof String s && instant.equals(timestamp(s));
            case byte[] bytes -> value instanceof byte[] b ? Arrays.equals(b, bytes)
                    : value instanceof String s && Arrays.equals(bytes, latin1(s));
            case Number number -> value instanceof Number n && numberOrder(n, number) == 0;
            default -> false;
        };
    }

    /** The sign of {@code value} against {@code constant} (-1, 0 or 1), or {@link #INCOMPARABLE}. */
    static int order(Object value, Object constant) {
        int order = switch (constant) {
            case String text -> value instanceof String s ? compareCodePoints(s, text) : bytesOrder(value, latin1(text));
            case Instant instant -> value instanceof String s ? timestampOrder(timestamp(s), instant) : INCOMPARABLE;
            case byte[] bytes -> value instanceof String s ? bytesOrder(latin1(s), bytes) : bytesOrder(value, bytes);
            case Number number -> value instanceof Number n ? numberOrder(n, number) : INCOMPARABLE;
            default -> INCOMPARABLE;
        };
        return order == INCOMPARABLE ? order : Integer.signum(order);
    }

    /** The instant an RFC 3339 timestamp string denotes, or null when it is not one. */
    static Instant timestamp(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notATimestamp) {
            return null;
        }
    }

    /** The string's characters as bytes when every one is below 256 (the spec's rule), else null. */
    static byte[] latin1(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0xFF) {
                return null;
            }
        }
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static int bytesOrder(Object value, byte[] constant) {
        return value instanceof byte[] bytes && constant != null ? Arrays.compareUnsigned(bytes, constant)
                : INCOMPARABLE;
    }

    // By code point, as the reference matcher's Python strings compare; String.compareTo orders UTF-16 units.
    private static int compareCodePoints(String left, String right) {
        int i = 0;
        int j = 0;
        while (i < left.length() && j < right.length()) {
            int a = left.codePointAt(i);
            int b = right.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Integer.compare(left.length() - i, right.length() - j);
    }

    private static int timestampOrder(Instant value, Instant constant) {
        return value == null ? INCOMPARABLE : value.compareTo(constant);
    }

    private static int numberOrder(Number value, Number constant) {
        if (isIntegral(value) && isIntegral(constant)) {
            return Long.compare(value.longValue(), constant.longValue());
        }
        if (!isFinite(value) || !isFinite(constant)) {
            return INCOMPARABLE;
        }
        return decimal(value).compareTo(decimal(constant));
    }

    private static boolean isIntegral(Number number) {
        return number instanceof Long || number instanceof Integer || number instanceof Short;
    }

    private static boolean isFinite(Number number) {
        return !(number instanceof Double || number instanceof Float) || Double.isFinite(number.doubleValue());
    }

    // Exact for every JSON number, so that 12 = 12.0 and large integers keep their last digits.
    private static BigDecimal decimal(Number number) {
        return switch (number) {
            case Long l -> BigDecimal.valueOf(l);
            case Integer i -> BigDecimal.valueOf(i);
            case Short s -> BigDecimal.valueOf(s);
            case BigInteger big -> new BigDecimal(big);
            case BigDecimal big -> big;
            default -> new BigDecimal(number.doubleValue());
        };
    }
}
