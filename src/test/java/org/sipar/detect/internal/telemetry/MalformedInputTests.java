package org.sipar.detect.internal.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bad lines are reported with their numbers and reasons, and the lines after them are still read. */
class MalformedInputTests {

    private static final String GOOD = "{\"@timestamp\":\"2026-01-05T10:00:00Z\",\"source\":{\"ip\":\"203.0.113.5\"}}";

    @Test
    void brokenJsonLinesAreReportedAndTheRestRead() {
        String upload = String.join("\n", GOOD, "{\"source\":{\"ip\":\"203.0.113.6\"", "", "[1,2]", "{} {}", "not json at all", GOOD);

        Collected ecs = Collected.read(TelemetryReader.ecs(), upload);

        assertThat(ecs.report().linesRead()).isEqualTo(7);
        assertThat(ecs.report().parsed()).isEqualTo(2);
        assertThat(ecs.report().ignoredLines()).isEqualTo(1);
        assertThat(ecs.malformedLines()).containsExactly(2L, 4L, 5L, 6L);
        assertThat(ecs.report().malformed()).extracting(TelemetryReport.Malformed::reason).satisfiesExactly(
                reason -> assertThat(reason).startsWith("broken JSON"),
                reason -> assertThat(reason).isEqualTo("not a JSON object"),
                reason -> assertThat(reason).isEqualTo("more than one JSON value on the line"),
                reason -> assertThat(reason).startsWith("broken JSON"));
        assertThat(ecs.events()).extracting(Event::line).containsExactly(1L, 7L);
    }

    @Test
    void badTimestampsMakeTheirLinesMalformed() {
        String upload = String.join("\r\n", GOOD, "{\"@timestamp\":\"yesterday\",\"source\":{\"ip\":\"203.0.113.7\"}}",
                "{\"@timestamp\":\"2026-13-40T10:00:00Z\",\"source\":{\"ip\":\"203.0.113.8\"}}", GOOD);

        Collected ecs = Collected.read(TelemetryReader.ecs(), upload);

        assertThat(ecs.malformedLines()).containsExactly(2L, 3L);
        assertThat(ecs.report().malformed().getFirst().reason()).isEqualTo("timestamp 'yesterday' is not iso8601");
        assertThat(ecs.events()).extracting(Event::line).containsExactly(1L, 4L);
    }

    @Test
    void invalidValuesAreCountedAndSkippedNotFatal() {
        String line = "{\"source\":{\"ip\":\"-\"},\"destination\":{\"ip\":\"999.1.1.1\",\"domain\":\"bad domain\"},"
                + "\"client\":{\"ip\":\"198.51.100.1\"},\"file\":{\"hash\":{\"md5\":\"xyz\"}}}";

        Collected ecs = Collected.read(TelemetryReader.ecs(), line);

        assertThat(ecs.report().parsed()).isEqualTo(1);
        assertThat(ecs.report().invalidValues()).isEqualTo(4);
        assertThat(ecs.events()).singleElement().satisfies(event -> {
            assertThat(event.time()).isNull();
            assertThat(event.observables()).containsExactly(Observable.of("ipv4-addr", "198.51.100.1"));
        });
    }

    @Test
    void zeekLinesWithTheWrongNumberOfColumnsAreMalformed() {
        String log = """
                #separator \\x09
                #fields\tts\tid.orig_h\tid.resp_h
                #types\ttime\taddr\taddr
                1600000000.5\t10.0.0.1\t10.0.0.2
                1600000001.5\t10.0.0.3
                1600000002.5\t10.0.0.4\t10.0.0.5\textra
                not-a-time\t10.0.0.6\t10.0.0.7
                1600000003.5\t-\t10.0.0.8
                """;

        Collected zeek = Collected.read(TelemetryReader.zeek(), log);

        assertThat(zeek.malformedLines()).containsExactly(5L, 6L, 7L);
        assertThat(zeek.report().malformed().getFirst().reason()).isEqualTo("2 columns where the #fields header names 3");
        assertThat(zeek.events()).extracting(Event::line).containsExactly(4L, 8L);
        assertThat(zeek.events().getLast().observables()).containsExactly(Observable.of("ipv4-addr", "10.0.0.8"));
        assertThat(zeek.report().invalidValues()).isZero();
    }

    @Test
    void zeekDataBeforeItsFieldsHeaderIsMalformed() {
        Collected zeek = Collected.read(TelemetryReader.zeek(), "#separator \\x09\n1600000000.5\t10.0.0.1\n");

        assertThat(zeek.malformedLines()).containsExactly(2L);
        assertThat(zeek.report().malformed().getFirst().reason()).isEqualTo("a data line before the #fields header");
    }

    @Test
    void anOverlongLineIsSkippedWithoutHoldingIt() {
        String upload = GOOD + "\n{\"source\":{\"ip\":\"" + "1".repeat(5000) + "\"}}\n" + GOOD + "\n";
        TelemetryReader reader = new JsonLinesReader(Presets.ECS, 1000);

        Collected ecs = Collected.read(reader, new ByteArrayInputStream(upload.getBytes(StandardCharsets.UTF_8)));

        assertThat(ecs.malformedLines()).containsExactly(2L);
        assertThat(ecs.report().malformed().getFirst().reason()).isEqualTo("line longer than 1000 bytes, skipped");
        assertThat(ecs.events()).extracting(Event::line).containsExactly(1L, 3L);
    }

    @Test
    void onlyTheFirstHundredMalformedLinesAreKeptButAllAreCounted() {
        Collected ecs = Collected.read(TelemetryReader.ecs(), "{\n".repeat(250));

        assertThat(ecs.report().malformedLines()).isEqualTo(250);
        assertThat(ecs.report().malformed()).hasSize(TelemetryReport.MALFORMED_KEPT);
        assertThat(ecs.report().malformed().getLast().line()).isEqualTo(100);
    }
}
