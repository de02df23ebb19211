package org.sipar.detect.internal.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTests {

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "255.255.255.255", "203.0.113.5"})
    void dottedQuadsAreIpv4(String value) {
        assertThat(Values.address(value)).isEqualTo(Observable.of("ipv4-addr", value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "", "999.1.1.1", "1.2.3", "1.2.3.4.5", "1.2.3.4.", "1..2.3", "1.2.3.1000", "a.b.c.d", "１.2.3.4",
        "::g", "1:2:3:4:5:6:7:8:9", "fe80::1%eth0", "localhost", "example.com"})
    void othersAreNoAddress(String value) {
        assertThat(Values.address(value)).isNull();
    }

    @Test
    void ipv6LiteralsAreKeptAsWritten() {
        assertThat(Values.address("2001:DB8::1")).isEqualTo(Observable.of("ipv6-addr", "2001:DB8::1"));
        assertThat(Values.address("::")).isEqualTo(Observable.of("ipv6-addr", "::"));
    }

    @Test
    void domainsHostsAndMailAddresses() {
        assertThat(Values.domain("Gemini._sftp-ssh._tcp.local.")).isEqualTo("Gemini._sftp-ssh._tcp.local");
        assertThat(Values.domain("-bad.example")).isNull();
        assertThat(Values.domain("a." + "b".repeat(64))).isNull();
        assertThat(Values.domain("xn--bcher-kva.example")).isEqualTo("xn--bcher-kva.example");
        assertThat(Values.domain("/gibgempz.htm")).isNull();
        assertThat(Values.host("10.47.4.1:8443")).isEqualTo(Observable.of("ipv4-addr", "10.47.4.1"));
        assertThat(Values.host("www.example.org:80")).isEqualTo(Observable.of("domain-name", "www.example.org"));
        assertThat(Values.email("Alice <alice@example.org>")).isEqualTo("alice@example.org");
        assertThat(Values.email("<nobody+\"|sh")).isNull();
        assertThat(Values.email("Administrator")).isNull();
    }

    @Test
    void urlsNeedASchemeAndAHost() {
        assertThat(Values.url("https://x.example/a b")).isNull();
        assertThat(Values.url("/index.html")).isNull();
        assertThat(Values.url("http:///nohost")).isNull();
        assertThat(Values.url("hxxp://x.example/")).isEqualTo("hxxp://x.example/");
    }

    @Test
    void hashesAreHexOfTheirAlgorithmsLength() {
        assertThat(FieldKind.MD5.read("7af07aca6d5c6e8e87fe4bb34786edc0")).isEqualTo(Observable.fileHash("MD5", "7af07aca6d5c6e8e87fe4bb34786edc0"));
        assertThat(FieldKind.SHA1.read("7af07aca6d5c6e8e87fe4bb34786edc0")).isNull();
        assertThat(Observable.fileHash("SHA-256", "00").property()).isEqualTo("hashes.'SHA-256'");
    }

    @Test
    void timesInTheFormatsLogsWrite() {
        assertThat(TimeFormat.ISO_8601.parse("2018-03-24T14:37:19.037299-0600")).isEqualTo(Instant.parse("2018-03-24T20:37:19.037299Z"));
        assertThat(TimeFormat.ISO_8601.parse("2019-01-02T03:50:11.315110")).isEqualTo(Instant.parse("2019-01-02T03:50:11.315110Z"));
        assertThat(TimeFormat.ISO_8601.parse("2026-01-05 10:00:00+05:00")).isEqualTo(Instant.parse("2026-01-05T05:00:00Z"));
        assertThat(TimeFormat.EPOCH_SECONDS.parse("1591367999.305988")).isEqualTo(Instant.parse("2020-06-05T14:39:59.305988Z"));
        assertThat(TimeFormat.EPOCH_MILLIS.parse("1591367999305")).isEqualTo(Instant.parse("2020-06-05T14:39:59.305Z"));
        assertThat(TimeFormat.AUTO.parse("2018-03-24T17:15:20.629574Z")).isEqualTo(Instant.parse("2018-03-24T17:15:20.629574Z"));
        assertThat(TimeFormat.AUTO.parse("1591367999")).isEqualTo(Instant.parse("2020-06-05T14:39:59Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"XXXXXXXXXX.XXXXXX", "1e999999999", "1591367999.3.1", "", "2018-02-30T00:00:00Z"})
    void unreadableTimesAreRefusedNamingTheValue(String text) {
        assertThatThrownBy(() -> TimeFormat.AUTO.parse(text)).isInstanceOf(DateTimeException.class)
                .hasMessage("timestamp '" + text + "' is not auto");
    }
}
