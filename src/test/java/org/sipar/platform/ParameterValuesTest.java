package org.sipar.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Lists and times read the one way at every edge, refusals naming the parameter and the value. */
class ParameterValuesTest {

    @Test
    void listValuesAreSplitAtCommasStrippedAndBlankOnesLeftOut() {
        assertThat(ParameterValues.list(new String[] {"a, b", " ", "c,,", ""})).containsExactly("a", "b", "c");
        assertThat(ParameterValues.list(Arrays.asList("x", null))).containsExactly("x");
        assertThat(ParameterValues.list((String[]) null)).isEmpty();
        assertThat(ParameterValues.list((Iterable<String>) null)).isEmpty();
    }

    @Test
    void timestampsAreRfc3339WithAnUnencodedPlusReadAsOne() {
        assertThat(ParameterValues.timestamp("t", "2026-01-02T03:04:05.123456Z")).isEqualTo(Instant.parse("2026-01-02T03:04:05.123456Z"));
        assertThat(ParameterValues.timestamp("t", "2026-01-02t05:04:05 02:00")).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
        assertThat(ParameterValues.timestamp("t", "0000-01-01T00:00:00Z")).isNotNull();
        assertThat(ParameterValues.timestamp("t", " ")).isNull();
        assertThat(ParameterValues.timestamp("t", null)).isNull();
    }

    @Test
    void aBadTimestampIsRefusedNamingTheParameterAndValue() {
        assertRefused(() -> ParameterValues.timestamp("added_after", "yesterday"), "added_after", "yesterday",
                "must be an RFC 3339 timestamp");
        assertRefused(() -> ParameterValues.timestamp("added_after", "2026-01-01"), "added_after", "2026-01-01",
                "must be an RFC 3339 timestamp");
        // java.time reads years beyond 9999, which PostgreSQL cannot hold
        assertRefused(() -> ParameterValues.timestamp("v", "+300000-01-01T00:00:00Z", "must be soon"), "v",
                "+300000-01-01T00:00:00Z", "must be soon");
    }

    @Test
    void aDayStandsForItsFirstInstantInUtc() {
        assertThat(ParameterValues.dayOrTimestamp("d", "2026-02-01")).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(ParameterValues.dayOrTimestamp("d", "2026-02-01T10:00:00Z")).isEqualTo(Instant.parse("2026-02-01T10:00:00Z"));
        assertRefused(() -> ParameterValues.dayOrTimestamp("added_before", "2026-02-30"), "added_before", "2026-02-30",
                "must be a date (YYYY-MM-DD) or an RFC 3339 timestamp");
        assertRefused(() -> ParameterValues.dayOrTimestamp("d", "1/2/2026"), "d", "1/2/2026",
                "must be a date (YYYY-MM-DD) or an RFC 3339 timestamp");
    }

    private static void assertRefused(Runnable read, String field, String value, String reason) {
        assertThatThrownBy(read::run).isInstanceOfSatisfying(InputRejected.class,
                e -> assertThat(e.problems()).containsExactly(new InputRejected.Problem(field, value, reason)));
    }
}
