package org.sipar.detect.internal.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CsvReaderTests {

    private static final Mapping FIREWALL = Mapping.builder().field("Source IP", "ip").field("dst", "ip").field("url", "url")
            .field("sha256", "file:SHA-256").time("time", TimeFormat.ISO_8601).build();

    @Test
    void columnsAreReadByTheirHeaderNames() {
        String csv = "\uFEFFtime,Source IP,dst,url,sha256\r\n"
                + "2026-01-05T10:00:00Z,203.0.113.5,198.51.100.7,\"https://x.example/a,b\",\n"
                + "2026-01-05T10:00:01Z,2001:db8::5,,,"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n";

        Collected read = Collected.read(TelemetryReader.csv(FIREWALL), csv);

        assertThat(read.report().parsed()).isEqualTo(2);
        assertThat(read.report().ignoredLines()).isEqualTo(1);
        assertThat(read.events().get(0).time()).isEqualTo(Instant.parse("2026-01-05T10:00:00Z"));
        assertThat(read.events().get(0).observables()).containsExactly(Observable.of("ipv4-addr", "203.0.113.5"),
                Observable.of("ipv4-addr", "198.51.100.7"), Observable.of("url", "https://x.example/a,b"));
        assertThat(read.events().get(1).observables()).containsExactly(Observable.of("ipv6-addr", "2001:db8::5"),
                Observable.fileHash("SHA-256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    @Test
    void wrongColumnCountsBrokenQuotesAndBadTimesAreMalformedLineByLine() {
        String csv = """
                time,Source IP,dst,url,sha256
                2026-01-05T10:00:00Z,203.0.113.5
                2026-01-05T10:00:00Z,203.0.113.6,"unterminated,x,y
                soon,203.0.113.7,,,
                2026-01-05T10:00:00Z,203.0.113.8,,,
                """;

        Collected read = Collected.read(TelemetryReader.csv(FIREWALL), csv);

        assertThat(read.malformedLines()).containsExactly(2L, 3L, 4L);
        assertThat(read.report().malformed().getFirst().reason()).isEqualTo("2 columns where the header names 5");
        assertThat(read.report().malformed().get(1).reason()).startsWith("broken CSV");
        assertThat(read.events()).extracting(Event::line).containsExactly(5L);
    }

    @Test
    void aHeaderWithoutSomeMappedColumnsIsReportedAndTheOthersRead() {
        Collected read = Collected.read(TelemetryReader.csv(FIREWALL), "time,dst\n2026-01-05T10:00:00Z,198.51.100.9\n");

        assertThat(read.report().malformed()).singleElement()
                .isEqualTo(new TelemetryReport.Malformed(1, "the header has no column Source IP, url, sha256"));
        assertThat(read.events()).singleElement().extracting(Event::observables)
                .isEqualTo(java.util.List.of(Observable.of("ipv4-addr", "198.51.100.9")));
    }
}
