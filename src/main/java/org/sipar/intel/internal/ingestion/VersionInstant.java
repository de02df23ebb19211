package org.sipar.intel.internal.ingestion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The instant a STIX timestamp names, as versions are compared: to the microsecond, the precision PostgreSQL
 * keeps, rounded half to even as it rounds. Two texts of one instant ({@code .000Z}, {@code .000000Z}) are one
 * version. Sipar writes the instant it computes here into {@code modified_at}, so Java and the database agree
 * by construction.
 */
final class VersionInstant {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    private VersionInstant() {
    }

    /** The instant of a timestamp the validator accepted ({@code yyyy-mm-ddThh:mm:ss[.f+]Z}). */
    static Instant of(String timestamp) {
        LocalDateTime minute = LocalDateTime.parse(timestamp.substring(0, 16), SECONDS);
        int seconds = Integer.parseInt(timestamp.substring(17, 19)); // 60 is a leap second: the next minute begins
        Instant whole = minute.toInstant(ZoneOffset.UTC).plusSeconds(seconds);
        int dot = timestamp.indexOf('.', 19);
        if (dot < 0) {
            return whole;
        }
        String fraction = timestamp.substring(dot + 1, timestamp.length() - 1);
        long micros = new BigDecimal("0." + fraction).movePointRight(6).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
        return whole.plus(micros, ChronoUnit.MICROS);
    }

    /** The text PostgreSQL reads back as the same instant, for {@code COPY}. */
    static String text(Instant instant) {
        return instant.toString();
    }
}
