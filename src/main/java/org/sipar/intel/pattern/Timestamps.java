package org.sipar.intel.pattern;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads the text inside {@code t'…'}: an RFC 3339 timestamp in UTC, {@code YYYY-MM-DDTHH:MM:SS[.fraction]Z},
 * as the STIX grammar spells it. Each refusal points at the offending character, not at the literal.
 */
final class Timestamps {

    // The fixed-width part; 'd' stands for a digit, every other character must appear as is.
    private static final String SHAPE = "dddd-dd-ddTdd:dd:dd";

    private Timestamps() {
    }

    /** The instant {@code text} denotes; {@code offset} is where the text starts in the pattern. */
    static Instant parse(String text, int offset) {
        checkShape(text, offset);
        int end = fractionEnd(text, offset);
        if (end >= text.length() || text.charAt(end) != 'Z') {
            throw PatternRejected.expected(offset + end, "'Z' (UTC) ending the timestamp", found(text, end));
        }
        if (end + 1 < text.length()) {
            throw PatternRejected.expected(offset + end + 1, "the end of the timestamp", found(text, end + 1));
        }
        LocalDateTime time = fields(text, offset);
        return time.toInstant(ZoneOffset.UTC).plusNanos(nanos(text.substring(SHAPE.length(), end)));
    }

    /** The instant {@code text} denotes, for argument checks outside a pattern. */
    static Instant parseArgument(String text) {
        try {
            return parse(text, 0);
        } catch (PatternRejected e) {
            throw new IllegalArgumentException("timestamp '" + text + "' is invalid at " + e.position() + ": "
                    + e.reason());
        }
    }

    private static void checkShape(String text, int offset) {
        for (int i = 0; i < SHAPE.length(); i++) {
            char want = SHAPE.charAt(i);
            boolean ok = i < text.length() && (want == 'd' ? isDigit(text.charAt(i)) : text.charAt(i) == want);
            if (!ok) {
                String expected = want == 'd' ? "a digit" : "'" + want + "'";
                throw PatternRejected.expected(offset + i, expected + " in the timestamp (YYYY-MM-DDTHH:MM:SSZ)",
                        found(text, i));
            }
        }
    }

    // Returns the index just after an optional ".digits" fraction.
    private static int fractionEnd(String text, int offset) {
        int i = SHAPE.length();
        if (i >= text.length() || text.charAt(i) != '.') {
            return i;
        }
        int digits = i + 1;
        while (digits < text.length() && isDigit(text.charAt(digits))) {
            digits++;
        }
        if (digits == i + 1 || digits - i - 1 > 9) {
            throw PatternRejected.expected(offset + i + 1, "1 to 9 digits of fractional seconds",
                    (digits - i - 1) + " digits");
        }
        return digits;
    }

    private static LocalDateTime fields(String text, int offset) {
        int year = field(text, offset, 0, 4, 0, 9999, "a year");
        int month = field(text, offset, 5, 2, 1, 12, "a month 01-12");
        int days = LocalDate.of(year, month, 1).lengthOfMonth();
        int day = field(text, offset, 8, 2, 1, days, "a day 01-" + days + " for " + text.substring(0, 7));
        int hour = field(text, offset, 11, 2, 0, 23, "an hour 00-23");
        int minute = field(text, offset, 14, 2, 0, 59, "a minute 00-59");
        int second = field(text, offset, 17, 2, 0, 59, "a second 00-59 (leap seconds are not supported)");
        return LocalDateTime.of(year, month, day, hour, minute, second);
    }

    private static int field(String text, int offset, int start, int width, int min, int max, String expected) {
        String digits = text.substring(start, start + width);
        int value = Integer.parseInt(digits);
        if (value < min || value > max) {
            throw PatternRejected.expected(offset + start, expected, "'" + digits + "'");
        }
        return value;
    }

    private static long nanos(String fraction) {
        return fraction.isEmpty() ? 0 : Long.parseLong((fraction.substring(1) + "000000000").substring(0, 9));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String found(String text, int index) {
        return index >= text.length() ? "the end of the timestamp" : "'" + text.charAt(index) + "'";
    }
}
