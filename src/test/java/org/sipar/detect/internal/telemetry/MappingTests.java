package org.sipar.detect.internal.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MappingTests {

    @Test
    void anUnknownObservableTypeIsRefusedNamingItAndItsField() {
        assertThatThrownBy(() -> Mapping.builder().field("src", "ipv5-addr"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("field 'src': unknown observable type 'ipv5-addr' (known: ip, ipv4-addr");
    }

    @Test
    void anEmptyPathOrAnEmptySegmentIsRefusedNamingIt() {
        assertThatThrownBy(() -> Mapping.builder().field(" ", "ip")).hasMessage("the field path ' ' is empty or has an empty segment");
        assertThatThrownBy(() -> Mapping.builder().field("source..ip", "ip")).hasMessageContaining("'source..ip'");
        assertThatThrownBy(() -> Mapping.builder().url("http.hostname", null)).hasMessageContaining("URL path 'null'");
        assertThatThrownBy(() -> Mapping.builder().time("", TimeFormat.AUTO)).hasMessageContaining("time path ''");
    }

    @Test
    void aMappingWithoutObservablesOrWithAnUnknownTimeFormatIsRefused() {
        assertThatThrownBy(() -> Mapping.builder().time("ts", TimeFormat.AUTO).build())
                .hasMessage("a mapping must name at least one field that holds an observable");
        assertThatThrownBy(() -> Mapping.builder().time("ts", "unix")).hasMessageStartingWith("unknown time format 'unix'");
    }

    @Test
    void typesAreNamedLooselyAndArrayMarksAreDropped() {
        Mapping mapping = Mapping.builder().field("dns.queries[].rrname", "Domain-Name").field("h", "file:sha256").field("a", "IPv6-Addr")
                .time("when", "epoch-millis").build();

        assertThat(mapping.fields()).containsExactly(new Mapping.Field("dns.queries.rrname", FieldKind.DOMAIN_NAME),
                new Mapping.Field("h", FieldKind.SHA256), new Mapping.Field("a", FieldKind.IPV6_ADDR));
        assertThat(mapping.timeFormat()).isEqualTo(TimeFormat.EPOCH_MILLIS);
        assertThat(mapping.leadsToField("dns.queries")).isTrue();
        assertThat(mapping.leadsToField("dns.answers")).isFalse();
    }

    @Test
    void nestedObjectsDottedKeysAndArraysNameTheSamePathAndDuplicatesAreDropped() {
        Mapping mapping = Mapping.builder().field("id.orig_h", "ip").field("dns.queries[].rrname", "domain-name").build();
        String lines = """
                {"id.orig_h":"10.0.0.1","dns":{"queries":[{"rrname":"a.example"},{"rrname":"b.example"},{"rrname":"a.example"}]}}
                {"id":{"orig_h":"2001:db8::1"},"noise":{"deep":[{"x":[1,2,{"y":null}]}]},"dns":{"answers":[{"rrname":"c.example"}]}}
                """;

        List<Event> events = Collected.read(TelemetryReader.jsonLines(mapping), lines).events();

        assertThat(events.get(0).observables()).containsExactly(Observable.of("ipv4-addr", "10.0.0.1"),
                Observable.of("domain-name", "a.example"), Observable.of("domain-name", "b.example"));
        assertThat(events.get(1).observables()).containsExactly(Observable.of("ipv6-addr", "2001:db8::1"));
    }

    @Test
    void theAddressTypeComesFromTheValueNotTheMapping() {
        Mapping mapping = Mapping.builder().field("a", "ipv4-addr").build();

        assertThat(Collected.read(TelemetryReader.jsonLines(mapping), "{\"a\":\"::ffff:192.0.2.1\"}\n{\"a\":\"fe80::1\"}").events())
                .flatExtracting(Event::observables)
                .containsExactly(Observable.of("ipv4-addr", "192.0.2.1"), Observable.of("ipv6-addr", "fe80::1"));
    }

    @Test
    void eveUrlsJoinHostAndPathOrTakeAWholeUrl() {
        String lines = """
                {"http":{"hostname":"www.example.org:8080","url":"/a?b=c"}}
                {"http":{"hostname":"proxy.example","url":"http://target.example/x"}}
                {"http":{"hostname":"x.example","url":"*"}}
                """;

        Collected eve = Collected.read(TelemetryReader.eve(), lines);

        assertThat(eve.events()).flatExtracting(Event::observables).filteredOn(o -> o.type().equals("url")).extracting(Observable::value)
                .containsExactly("http://www.example.org:8080/a?b=c", "http://target.example/x");
        assertThat(eve.report().invalidValues()).isEqualTo(1);
    }
}
