package org.sipar.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads request parameters the same way at every edge (the REST API, the pages, TAXII): lists and times.
 * Each refusal is an {@link InputRejected} naming the parameter, as the edge calls it, and the bad value.
 */
public final class ParameterValues {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private ParameterValues() {
    }

    /** The values of a list parameter: every value given split at commas, each stripped, blank ones left out. */
    public static List<String> list(Iterable<String> given) {
        List<String> values = new ArrayList<>();
        if (given != null) {
            for (String value : given) {
                for (String part : value == null ? new String[0] : value.split(",")) {
                    if (!part.isBlank()) {
                        values.add(part.strip());
                    }
                }
            }
        }
        return List.copyOf(values);
    }

    /** The values of a list parameter as a servlet request's parameter map holds them (null when absent). */
    public static List<String> list(String[] given) {
        return list(given == null ? null : Arrays.asList(given));
    }

    /**
     * The RFC 3339 timestamp {@code text} of parameter {@code name}, or null when it is null or blank; refused as
     * "must be an RFC 3339 timestamp".
     */
    public static Instant timestamp(String name, String text) {
        return timestamp(name, text, "must be an RFC 3339 timestamp");
    }

    /**
     * The RFC 3339 timestamp {@code text} of parameter {@code name}, or null when it is null or blank; refused with
     * {@code reason}. An unencoded '+' of an offset arrives as a space and is read as '+'. Its year has four
     * digits: java.time also reads signed years beyond 9999, which PostgreSQL cannot hold, so they are refused
     * here rather than failing in the database.
     */
    public static Instant timestamp(String name, String text, String reason) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return inRange(OffsetDateTime.parse(text.strip().toUpperCase(Locale.ROOT).replace(' ', '+')), text);
        } catch (DateTimeParseException e) {
            throw new InputRejected(name, text, reason);
        }
    }

    /**
     * A day ({@code YYYY-MM-DD}, standing for its first instant in UTC) or an RFC 3339 timestamp, as
     * {@link #timestamp(String, String, String)} reads it; null when null or blank.
     */
    public static Instant dayOrTimestamp(String name, String text) {
        String reason = "must be a date (YYYY-MM-DD) or an RFC 3339 timestamp";
        if (text != null && DAY.matcher(text.strip()).matches()) {
            try {
                return LocalDate.parse(text.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                throw new InputRejected(name, text, reason);
            }
        }
        return timestamp(name, text, reason);
    }

    private static Instant inRange(OffsetDateTime time, String text) {
        if (time.getYear() < 0 || time.getYear() > 9999) {
            throw new DateTimeParseException("year outside 0000-9999", text, 0);
        }
        return time.toInstant();
    }
}
