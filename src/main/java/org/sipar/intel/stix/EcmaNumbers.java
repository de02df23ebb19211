package org.sipar.intel.stix;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats doubles the way ECMAScript's Number.prototype.toString does (ECMA-262 section 6.1.6.1.20), which
 * RFC 8785 section 3.2.2.3 makes the canonical JSON number form.
 */
final class EcmaNumbers {

    private EcmaNumbers() {
    }

    /** Returns the ECMAScript rendering; throws IllegalArgumentException for NaN and the infinities, which JSON lacks. */
    static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("JSON has no representation for the number " + value);
        }
        if (value == 0) {
            return "0"; // both zeros, as ECMAScript prints -0 as "0"
        }
        if (value < 0) {
            return "-" + format(-value);
        }
        BigDecimal shortest = shortest(value);
        String digits = shortest.unscaledValue().toString();
        return layout(digits, digits.length() - shortest.scale());
    }

    /**
     * The shortest decimal that reads back as the value. Double.toString gives it since JDK 19, except that it
     * never uses fewer than two digits, so a one-digit candidate is tried as ECMAScript requires.
     */
    private static BigDecimal shortest(double value) {
        BigDecimal javas = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        if (javas.precision() != 2) {
            return javas;
        }
        BigDecimal exact = new BigDecimal(value);
        BigDecimal best = null;
        for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
            BigDecimal candidate = exact.round(new MathContext(1, mode)).stripTrailingZeros();
            if (candidate.doubleValue() == value && (best == null || closer(candidate, best, exact))) {
                best = candidate;
            }
        }
        return best != null ? best : javas;
    }

    private static boolean closer(BigDecimal candidate, BigDecimal best, BigDecimal exact) {
        int byDistance = candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs());
        return byDistance < 0 || byDistance == 0 && !candidate.unscaledValue().testBit(0);
    }

    /** Lays out digits d1..dk whose value is 0.d1..dk times ten to the n, per the four cases of the standard. */
    private static String layout(String digits, int n) {
        int k = digits.length();
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        String exponent = (n - 1 >= 0 ? "+" : "-") + Math.abs(n - 1);
        return (k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1)) + "e" + exponent;
    }
}
