package org.sipar.detect.internal.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sipar.support.stix.ReferenceData;

/**
 * The readers against real logs from ../shared/data/telemetry. Every expected count was worked out apart from
 * this code, with the same rules written again in jq (EVE, Zeek JSON) and awk (Zeek TSV): per line, the distinct
 * (type, value) pairs of the mapped fields, addresses as dotted quads of octets up to 255 or hex-and-colon
 * strings, names as labels of letters, digits, '-' and '_', URLs as host joined to a path starting with '/'.
 * For example: {@code jq -r -f eve.jq eve-wrccdc-2018-alerts.ndjson | sort | uniq -c} and
 * {@code zcat dns.log.gz | awk -f zeek.awk} (the scripts are in this package's test resources, {@code checks/}).
 */
class SampleLogsTests {

    private static Path sample(String relative) {
        return ReferenceData.require("data/telemetry/" + relative);
    }

    @Test
    void suricataEveAlertsGiveTheirAddressesHostsUrlsAndMailAddresses() {
        Collected eve = Collected.read(TelemetryReader.eve(), sample("suricata/eve-wrccdc-2018-alerts.ndjson"));

        assertThat(eve.report().linesRead()).isEqualTo(207);
        assertThat(eve.report().parsed()).isEqualTo(207);
        assertThat(eve.report().malformedLines()).isZero();
        assertThat(eve.countsByType()).isEqualTo(Map.of("ipv4-addr", 414L, "domain-name", 36L, "url", 54L, "email-addr", 3L));
        assertThat(eve.report().observables()).isEqualTo(507);
        Event first = eve.events().getFirst();
        assertThat(first.time()).isEqualTo(Instant.parse("2018-03-24T20:37:19.037299Z"));
        assertThat(first.observables()).containsExactly(Observable.of("ipv4-addr", "0.0.0.0"), Observable.of("ipv4-addr", "10.47.8.150"));
    }

    @Test
    void suricataFileinfoEventGivesTheUrlOfTheFile() {
        Collected eve = Collected.read(TelemetryReader.eve(), sample("suricata/suricata-verify-output-eve-fileinfo-eve.json"));

        assertThat(eve.events()).singleElement().satisfies(event -> assertThat(event.observables()).containsExactly(
                Observable.of("ipv4-addr", "188.40.238.250"), Observable.of("ipv4-addr", "10.16.1.11"),
                Observable.of("domain-name", "www.eicar.org"), Observable.of("url", "http://www.eicar.org/download/eicar.com")));
    }

    @Test
    void zeekDnsTsvGivesQueriesAndAnsweredAddresses() {
        Collected dns = Collected.read(TelemetryReader.zeek(), sample("zeek/wrccdc-2018/tsv/dns.log.gz"));

        assertThat(dns.report().linesRead()).isEqualTo(53_624);
        assertThat(dns.report().parsed()).isEqualTo(53_615);
        assertThat(dns.report().ignoredLines()).isEqualTo(9);
        assertThat(dns.report().malformedLines()).isZero();
        assertThat(dns.countsByType()).isEqualTo(Map.of("domain-name", 49_739L, "ipv4-addr", 144_457L, "ipv6-addr", 10_547L));
        assertThat(dns.events().getFirst().time()).isEqualTo(Instant.parse("2018-03-24T17:15:20.865716Z"));
    }

    @Test
    void zeekSslTsvGivesServerNames() {
        Collected ssl = Collected.read(TelemetryReader.zeek(), sample("zeek/wrccdc-2018/tsv/ssl.log.gz"));

        assertThat(ssl.report().parsed()).isEqualTo(49_474);
        assertThat(ssl.countsByType()).isEqualTo(Map.of("domain-name", 11_642L, "ipv4-addr", 98_948L));
    }

    @Test
    void zeekSmtpTsvAndJsonGiveTheSameObservables() {
        Map<String, Long> expected = Map.of("email-addr", 12L, "ipv4-addr", 2376L);

        assertThat(Collected.read(TelemetryReader.zeek(), sample("zeek/wrccdc-2018/tsv/smtp.log.gz")).countsByType()).isEqualTo(expected);
        assertThat(Collected.read(TelemetryReader.zeek(), sample("zeek/wrccdc-2018/json/smtp.json.gz")).countsByType()).isEqualTo(expected);
    }

    @Test
    void zeekJsonWithIsoTimesIsReadGenericallyByItsEndpoints() {
        Collected notice = Collected.read(TelemetryReader.zeek(), sample("zeek/wrccdc-2018/json/notice.json.gz"));

        assertThat(notice.report().parsed()).isEqualTo(207);
        assertThat(notice.countsByType()).isEqualTo(Map.of("ipv4-addr", 414L));
        assertThat(notice.events().getFirst().time()).isEqualTo(Instant.parse("2018-03-24T17:15:20.629574Z"));
    }

    @Test
    void zeekJsonDnsAndHttpWithEpochTimes() {
        Collected dns = Collected.read(TelemetryReader.zeek(), sample("zeek/zeek-docs-examples/dns.ndjson"));
        Collected http = Collected.read(TelemetryReader.zeek(), sample("zeek/zeek-docs-examples/http.ndjson"));

        assertThat(dns.countsByType()).isEqualTo(Map.of("domain-name", 3L, "ipv4-addr", 8L));
        assertThat(dns.events().getLast().observables()).contains(Observable.of("ipv4-addr", "192.0.78.212"));
        assertThat(http.events()).singleElement().satisfies(event -> {
            assertThat(event.time()).isEqualTo(Instant.parse("2020-06-05T14:39:59.512593Z"));
            assertThat(event.observables()).contains(Observable.of("url", "http://testmyids.com/"));
        });
    }

    @Test
    void zeekConnTsvWithRealTimestamps() {
        Collected conn = Collected.read(TelemetryReader.zeek(), sample("zeek/zeek-tests/conn-real-ts.log"));

        assertThat(conn.report().parsed()).isEqualTo(5);
        assertThat(conn.countsByType()).isEqualTo(Map.of("ipv4-addr", 10L));
        assertThat(conn.events().getFirst().time()).isEqualTo(Instant.parse("2012-02-21T16:52:55.736107Z"));
    }

    @Test
    void zeekTestLogsWithMaskedTimestampsAreMalformedLineByLine() {
        Collected files = Collected.read(TelemetryReader.zeek(), sample("zeek/zeek-tests/x509-files.log"));

        assertThat(files.report().malformedLines()).isEqualTo(6);
        assertThat(files.malformedLines()).containsExactly(10L, 11L, 12L, 13L, 14L, 15L);
        assertThat(files.report().malformed().getFirst().reason()).contains("'XXXXXXXXXX.XXXXXX'");
        assertThat(files.events()).isEmpty();
    }

    @Test
    void zeekFilesAndHttpTsvOnceTheirTimestampsAreFilledIn() {
        Collected files = Collected.read(TelemetryReader.zeek(), sample("zeek/zeek-tests/x509-files.log"), SampleLogsTests::unmask);
        Collected http = Collected.read(TelemetryReader.zeek(), sample("zeek/zeek-tests/opt-basic-http.log"), SampleLogsTests::unmask);
        Collected methods = Collected.read(TelemetryReader.zeek(), sample("zeek/zeek-tests/http-methods-http.log"), SampleLogsTests::unmask);

        assertThat(files.countsByType()).isEqualTo(Map.of("file:MD5", 6L, "file:SHA-1", 6L, "file:SHA-256", 6L, "ipv4-addr", 12L));
        assertThat(http.countsByType()).isEqualTo(Map.of("domain-name", 14L, "ipv4-addr", 28L, "url", 14L));
        assertThat(http.events().getFirst().observables())
                .contains(Observable.of("url", "http://bits.wikimedia.org/skins-1.5/monobook/main.css"));
        assertThat(methods.countsByType()).isEqualTo(Map.of("domain-name", 26L, "ipv4-addr", 98L, "url", 24L));
    }

    private static String unmask(String log) {
        return log.replace("XXXXXXXXXX.XXXXXX", "1300000000.000000");
    }
}
