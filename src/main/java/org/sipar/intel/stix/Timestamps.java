package org.sipar.intel.stix;

/**
 * Timestamps of specification section 2.16: RFC 3339, always UTC with "Z", any sub-second precision. They are
 * only checked and compared, never rewritten, so the precision a producer chose survives. The form
 * {@code yyyy-mm-ddThh:mm:ss[.fraction]Z} (seconds up to 60 for a leap second) is checked by hand, not by a
 * regular expression: ingestion checks several timestamps per object.
 */
final class Timestamps {

    private static final int SECONDS_END = 19; // "yyyy-mm-ddThh:mm:ss".length()

    private Timestamps() {
    }

    static boolean isValid(String timestamp) {
        return fractionDigits(timestamp) >= 0;
    }

    /** Whether the timestamp has at least the millisecond precision that created and modified require. */
    static boolean hasMilliseconds(String timestamp) {
        return fractionDigits(timestamp) >= 3;
    }

    /** Compares two valid timestamps in time order, whatever their precisions. */
    static int compare(String left, String right) {
        // Both are fixed-width up to the seconds and in UTC, so that prefix orders as text.
        int bySecond = left.substring(0, SECONDS_END).compareTo(right.substring(0, SECONDS_END));
        if (bySecond != 0) {
            return bySecond;
        }
        // The fractions, as decimal digits after the point: the shorter one is padded with zeros.
        int leftDigits = Math.max(0, left.length() - SECONDS_END - 2);
        int rightDigits = Math.max(0, right.length() - SECONDS_END - 2);
        for (int i = 0; i < Math.max(leftDigits, rightDigits); i++) {
            char l = i < leftDigits ? left.charAt(SECONDS_END + 1 + i) : '0';
            char r = i < rightDigits ? right.charAt(SECONDS_END + 1 + i) : '0';
            if (l != r) {
                return l < r ? -1 : 1;
            }
        }
        return 0;
    }

    /** The number of digits after the seconds' decimal point (0 without one), or -1 when the form is wrong. */
    private static int fractionDigits(String t) {
        int length = t.length();
        if (length < SECONDS_END + 1 || t.charAt(length - 1) != 'Z'
                || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':' || t.charAt(16) != ':') {
            return -1;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = digits(t, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysIn(month, year)
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) {
            return -1;
        }
        if (length == SECONDS_END + 1) {
            return 0;
        }
        if (t.charAt(SECONDS_END) != '.' || length == SECONDS_END + 2 || digits(t, SECONDS_END + 1, length - SECONDS_END - 2) < 0) {
            return -1;
        }
        return length - SECONDS_END - 2;
    }

    /** The value of {@code count} ASCII digits from {@code from} (saturating; only its sign matters for long runs), or -1. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = Math.min(value * 10 + (c - '0'), 1_000_000);
        }
        return value;
    }

    private static int daysIn(int month, int year) {
        return switch (month) {
            case 2 -> year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }
}
