package org.sipar.detect.internal.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The remembered second never changes an answer: each text parses as the format alone would parse it. */
class TimeParserTests {

    @Test
    void everyTextGivesWhatTheFormatGives() {
        List<String> texts = List.of("2018-03-24T14:37:19.037299-0600", "2018-03-24T14:37:19.5-0600", "2018-03-24T14:37:19-0600",
                "2018-03-24T14:37:19.000000001-0600", "2018-03-24T14:37:19.25Z", "2018-03-24T14:37:19.25+01:00",
                "2018-03-24T14:37:19.75", "2018-03-24 14:37:19.75", "2018-03-24T14:37:20.1Z", "1591367999.305988");
        TimeParser parser = new TimeParser(TimeFormat.AUTO);

        texts.forEach(text -> assertThat(parser.parse(text)).as(text).isEqualTo(TimeFormat.AUTO.parse(text)));
    }

    @Test
    void aFractionIsJudgedAsTheFormatJudgesItAfterItsSecondWasSeen() {
        TimeParser parser = new TimeParser(TimeFormat.ISO_8601);
        parser.parse("2026-01-05T10:00:00.5Z");

        assertThat(parser.parse("2026-01-05T10:00:00.Z")).isEqualTo(TimeFormat.ISO_8601.parse("2026-01-05T10:00:00.Z"));
        assertThatThrownBy(() -> parser.parse("2026-01-05T10:00:00.1234567890Z")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> parser.parse("2026-01-05T10:00:00.5x")).hasMessage("timestamp '2026-01-05T10:00:00.5x' is not iso8601");
    }
}
