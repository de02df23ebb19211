package org.sipar.detect.internal.telemetry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Locale;

/** How a log writes its time; every format answers an {@link Instant} or a {@link DateTimeException} naming the value. */
public enum TimeFormat {

    /** ISO 8601 date and time, {@code T} or a blank between; offset {@code Z}, {@code +02:00} or {@code -0600}; none means UTC. */
    ISO_8601("iso8601"),
    /** Seconds since 1970 with an optional fraction, as Zeek writes {@code ts} ({@code 1591367999.305988}). */
    EPOCH_SECONDS("epoch-seconds"),
    EPOCH_MILLIS("epoch-millis"),
    /** Epoch seconds when the value is a number, ISO 8601 otherwise (Zeek JSON writes either). */
    AUTO("auto");

    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd().append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    /** Longer numbers are no time a log writes, and an exponent-free bound keeps BigDecimal cheap on hostile input. */
    private static final int MAX_EPOCH_DIGITS = 32;

    private final String label;

    TimeFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The format a mapping names ({@code iso8601}, {@code epoch-seconds}, {@code epoch-millis}, {@code auto}); refuses others, naming them. */
    public static TimeFormat of(String label) {
        return Arrays.stream(values()).filter(format -> format.label.equalsIgnoreCase(label == null ? "" : label.strip()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown time format '" + label
                        + "' (known: iso8601, epoch-seconds, epoch-millis, auto)"));
    }

    /** The instant the text says, in this format. */
    public Instant parse(String text) {
        try {
            return switch (this) {
                case ISO_8601 -> iso(text);
                case EPOCH_SECONDS -> epoch(text, 9);
                case EPOCH_MILLIS -> epoch(text, 6);
                case AUTO -> isNumber(text) ? epoch(text, 9) : iso(text);
            };
        } catch (DateTimeException | ArithmeticException | NumberFormatException unreadable) {
            throw new DateTimeException("timestamp '" + text + "' is not " + label, unreadable);
        }
    }

    private static Instant iso(String text) {
        TemporalAccessor parsed = ISO.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
        return parsed instanceof OffsetDateTime offset ? offset.toInstant() : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
    }

    /** Exact decimal arithmetic, so that a microsecond written in the log stays that microsecond. */
    private static Instant epoch(String text, int digitsToNanos) {
        if (!isNumber(text) || text.length() > MAX_EPOCH_DIGITS) {
            throw new DateTimeException("not a plain decimal number");
        }
        long nanos = new BigDecimal(text).movePointRight(digitsToNanos).setScale(0, RoundingMode.FLOOR).longValueExact();
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }

    private static boolean isNumber(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9' || c == '.' || c == '-')
                && text.indexOf('-', 1) < 0;
    }
}
