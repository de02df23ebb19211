package org.sipar.intel.stix;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written checks of type names, property names, UUIDs and timestamps (written so for ingestion speed)
 * agree with the regular expressions they replaced, on random mutations of valid and almost valid values.
 */
class StixHandWrittenFormsTest {

    private static final Pattern TYPE_NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*-?");
    private static final Pattern PROPERTY_NAME = Pattern.compile("[a-z][a-z0-9_]{2,249}");
    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})T([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.(\\d+))?Z");
    private static final String ALPHABET = "az09-_AZfFgG.:TZ 1٣x";

    private final Random random = new Random(42);

    @Test
    void namesAndUuidsAgreeWithTheRegularExpressions() {
        String[] seeds = {"indicator", "x-mitre-tactic", "ab-", "a--b", "ipv4-addr", "created_by_ref", "id", "x_mitre_",
                "4b", "c2e3a1a0-1b7e-4f4e-9c2e-1d2a3b4c5d6e", "C2E3A1A0-1B7E-4F4E-9C2E-1D2A3B4C5D6E", ""};
        for (int round = 0; round < 20_000; round++) {
            String s = mutate(seeds[random.nextInt(seeds.length)]);
            assertThat(StixNames.isTypeName(s)).as(s).isEqualTo(s.length() >= 3 && s.length() <= 250 && TYPE_NAME.matcher(s).matches());
            assertThat(StixNames.isPropertyName(s)).as(s).isEqualTo("id".equals(s) || PROPERTY_NAME.matcher(s).matches());
            assertThat(StixNames.isUuidForm(s, 0)).as(s).isEqualTo(UUID_FORM.matcher(s).matches());
            assertThat(StixNames.isLowerHyphenated(s)).as(s).isEqualTo(s.matches("[a-z0-9-]+"));
        }
    }

    @Test
    void timestampsAgreeWithTheRegularExpressionAndTheCalendar() {
        String[] seeds = {"2016-01-01T00:00:00Z", "2016-02-29T23:59:60.123Z", "2015-02-29T00:00:00.000Z", "2000-02-29T12:30:45.5Z",
                "1900-02-29T00:00:00Z", "0000-02-29T00:00:00Z", "2016-04-31T00:00:00Z", "2016-12-31T24:00:00Z", "2016-01-01T00:00:00.Z"};
        for (int round = 0; round < 20_000; round++) {
            String s = mutate(seeds[random.nextInt(seeds.length)]);
            Matcher m = TIMESTAMP.matcher(s);
            boolean valid = m.matches() && isDate(m.group(1));
            assertThat(Timestamps.isValid(s)).as(s).isEqualTo(valid);
            assertThat(Timestamps.hasMilliseconds(s)).as(s).isEqualTo(valid && m.group(5) != null && m.group(5).length() >= 3);
        }
        for (int round = 0; round < 20_000; round++) {
            String a = "2016-01-01T00:00:0" + random.nextInt(2) + fraction();
            String b = "2016-01-01T00:00:0" + random.nextInt(2) + fraction();
            int expected = a.substring(0, 19).compareTo(b.substring(0, 19));
            if (expected == 0) {
                expected = decimal(a).compareTo(decimal(b));
            }
            assertThat(Integer.signum(Timestamps.compare(a, b))).as(a + " vs " + b).isEqualTo(Integer.signum(expected));
        }
    }

    private String fraction() {
        if (random.nextInt(4) == 0) {
            return "Z";
        }
        StringBuilder digits = new StringBuilder(".");
        for (int i = random.nextInt(6) + 1; i > 0; i--) {
            digits.append((char) ('0' + random.nextInt(3) * 4));
        }
        return digits + "Z";
    }

    private static BigDecimal decimal(String timestamp) {
        int dot = timestamp.indexOf('.');
        return dot < 0 ? BigDecimal.ZERO : new BigDecimal("0" + timestamp.substring(dot, timestamp.length() - 1));
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Replaces, inserts or deletes a few characters, or returns the seed unchanged. */
    private String mutate(String seed) {
        StringBuilder s = new StringBuilder(seed);
        for (int edits = random.nextInt(3); edits > 0; edits--) {
            int at = s.isEmpty() ? 0 : random.nextInt(s.length());
            char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            switch (s.isEmpty() ? 1 : random.nextInt(3)) {
                case 0 -> s.setCharAt(at, c);
                case 1 -> s.insert(at, c);
                default -> s.deleteCharAt(at);
            }
        }
        return s.toString();
    }
}
