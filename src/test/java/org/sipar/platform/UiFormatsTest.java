package org.sipar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** Dates and numbers on pages follow the page's language and Sipar's time zone. */
class UiFormatsTest {

    private static final Instant EVENING_UTC = Instant.parse("2026-12-02T20:30:00Z");

    private static Ui ui(String language, String zone) {
        return new Ui(new StaticMessageSource(), Locale.of(language), "/", null, null, List.of(), ZoneId.of(zone));
    }

    @Test
    void englishDatesAndNumbers() {
        Ui en = ui("en", "UTC");
        assertThat(en.date(EVENING_UTC)).isEqualTo("2 Dec 2026");
        assertThat(en.dateTime(EVENING_UTC)).contains("2 Dec 2026").contains("20:30").endsWith(" UTC");
        assertThat(en.number(1234567)).isEqualTo("1,234,567");
    }

    @Test
    void urduNamesTheMonthInUrdu() {
        assertThat(ui("ur", "UTC").date(EVENING_UTC)).contains("دسمبر").contains("2026");
    }

    @Test
    void theTimeZoneDecidesTheDay() {
        Ui karachi = ui("en", "Asia/Karachi");
        assertThat(karachi.date(EVENING_UTC)).isEqualTo("3 Dec 2026");
        assertThat(karachi.dateTime(EVENING_UTC)).contains("01:30").endsWith(" Asia/Karachi");
    }

    @Test
    void nothingToShowForNoInstant() {
        assertThat(ui("en", "UTC").date(null)).isEmpty();
        assertThat(ui("ur", "UTC").dateTime(null)).isEmpty();
    }
}
