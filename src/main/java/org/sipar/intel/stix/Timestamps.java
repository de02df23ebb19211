package org.sipar.intel.stix;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Timestamps of specification section 2.16: RFC 3339, always UTC with "Z", any sub-second precision. They are
 * only checked and compared, never rewritten, so the precision a producer chose survives.
 */
final class Timestamps {

    private static final Pattern FORM = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})T([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.(\\d+))?Z");

    private Timestamps() {
    }

    static boolean isValid(String timestamp) {
        Matcher matcher = FORM.matcher(timestamp);
        if (!matcher.matches()) {
            return false;
        }
        try {
            LocalDate.parse(matcher.group(1));
            return true;
        } catch (DateTimeParseException notADate) {
            return false;
        }
    }

    /** Whether the timestamp has at least the millisecond precision that created and modified require. */
    static boolean hasMilliseconds(String timestamp) {
        Matcher matcher = FORM.matcher(timestamp);
        return matcher.matches() && matcher.group(5) != null && matcher.group(5).length() >= 3;
    }

    /** Compares two valid timestamps in time order, whatever their precisions. */
    static int compare(String left, String right) {
        // Both are fixed-width up to the seconds and in UTC, so that prefix orders as text.
        int bySecond = left.substring(0, 19).compareTo(right.substring(0, 19));
        return bySecond != 0 ? bySecond : fraction(left).compareTo(fraction(right));
    }

    private static BigDecimal fraction(String timestamp) {
        int dot = timestamp.indexOf('.');
        return dot < 0 ? BigDecimal.ZERO : new BigDecimal("0" + timestamp.substring(dot, timestamp.length() - 1));
    }
}
