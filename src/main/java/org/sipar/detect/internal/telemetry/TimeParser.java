package org.sipar.detect.internal.telemetry;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A time format with a memory of the last second it parsed. A log's lines mostly share their second and differ
 * in the fraction, and java.time's formatter costs about a microsecond a line, which alone would cap reading
 * near the bound; so an ISO 8601 time whose text outside its fraction is the last one's is that second
 * plus its fraction, and only a new second goes through the formatter (which checks the whole text). One per reader.
 */
final class TimeParser {

    /** {@code yyyy-MM-ddTHH:mm:ss}: the part before the fraction. */
    private static final int SECONDS_END = 19;

    private final TimeFormat format;
    private String lastText;
    private int lastFractionEnd;
    private Instant lastSecond;

    TimeParser(TimeFormat format) {
        this.format = format;
    }

    Instant parse(String text) {
        if (!looksIso(text)) {
            return format.parse(text);
        }
        int fractionEnd = fractionEnd(text);
        if (fractionEnd < 0) {
            return format.parse(text);
        }
        if (lastText != null && sameOutsideFraction(text, fractionEnd)) {
            return lastSecond.plusNanos(nanos(text, fractionEnd));
        }
        Instant parsed = format.parse(text);
        lastText = text;
        lastFractionEnd = fractionEnd;
        lastSecond = parsed.truncatedTo(ChronoUnit.SECONDS);
        return parsed;
    }

    private boolean looksIso(String text) {
        return format != TimeFormat.EPOCH_SECONDS && format != TimeFormat.EPOCH_MILLIS && text.length() >= SECONDS_END
                && (text.charAt(10) == 'T' || text.charAt(10) == ' ');
    }

    /** Where the fraction's digits end (one to nine of them, or no fraction at all), or -1 for a fraction the formatter must judge. */
    private static int fractionEnd(String text) {
        if (text.length() == SECONDS_END || text.charAt(SECONDS_END) != '.') {
            return SECONDS_END;
        }
        int end = SECONDS_END + 1;
        while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            end++;
        }
        int digits = end - SECONDS_END - 1;
        return digits == 0 || digits > 9 ? -1 : end;
    }

    private boolean sameOutsideFraction(String text, int fractionEnd) {
        int suffix = text.length() - fractionEnd;
        return text.regionMatches(0, lastText, 0, SECONDS_END) && suffix == lastText.length() - lastFractionEnd
                && text.regionMatches(fractionEnd, lastText, lastFractionEnd, suffix);
    }

    private static long nanos(String text, int fractionEnd) {
        long nanos = 0;
        for (int i = SECONDS_END + 1; i < SECONDS_END + 10; i++) {
            nanos = nanos * 10 + (i < fractionEnd ? text.charAt(i) - '0' : 0);
        }
        return nanos;
    }
}
