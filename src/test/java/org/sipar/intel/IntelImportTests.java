package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.stix.Stix.bundle;
import static org.sipar.support.stix.Stix.indicator;
import static org.sipar.support.stix.Stix.newIndicatorId;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Ingestion tells the truth: every object is accepted, found duplicate, upgraded or rejected with a reason. */
@DemoPlatform
class IntelImportTests {

    @Autowired
    Intelligence intelligence;

    @Autowired
    JdbcClient jdbc;

    @Test
    void duplicatesAreCountedNotStoredTwice() {
        String id = newIndicatorId();
        String input = bundle(indicator(id, "dup", null, "2026-02-01T00:00:00.000Z"),
                indicator(id, "dup", null, "2026-02-01T00:00:00.000Z"), indicator(id, "dup", null, "2026-02-02T00:00:00.000Z"));
        ImportReport first = ingest(input);
        assertThat(first.perType().get("indicator")).isEqualTo(new ImportReport.Counts(2, 1, 0, 0, 0, 0));
        ImportReport second = ingest(input);
        assertThat(second.perType().get("indicator")).isEqualTo(new ImportReport.Counts(0, 3, 0, 0, 0, 0));
        assertThat(count("select count(*) from intel_objects where id = '" + id + "'")).isEqualTo(2);
    }

    @Test
    void badObjectsAreRejectedWithTheirReasonsAndTheGoodOnesKept() {
        String good = newIndicatorId();
        String brokenPattern = newIndicatorId();
        ImportReport report = ingest(bundle(indicator(good, "kept", null, "2026-03-01T00:00:00.000Z"),
                indicator(brokenPattern, "broken", null, "2026-03-01T00:00:00.000Z").replace("= '198.51.100.7']", "= '198.51.100.7'"),
                indicator("indicator--not-a-uuid", "badid", null, "2026-03-01T00:00:00.000Z"),
                indicator(newIndicatorId(), "early", null, "2025-01-01T00:00:00.000Z"),
                "42"));
        assertThat(report.status()).isEqualTo(ImportStatus.COMPLETE);
        assertThat(report.processed()).isEqualTo(5);
        assertThat(report.totals().accepted()).isEqualTo(1);
        assertThat(report.totals().rejected()).isEqualTo(4);
        assertThat(report.rejections()).extracting(ImportReport.Rejection::index).containsExactly(1L, 2L, 3L, 4L);
        assertThat(report.rejections().get(0).id()).isEqualTo(brokenPattern);
        assertThat(report.rejections().get(0).reasons()).anySatisfy(r -> assertThat(r).startsWith("pattern: at 33: expected AND, OR or ']'"));
        assertThat(report.rejections().get(1).reasons()).anySatisfy(r -> assertThat(r).contains("id"));
        assertThat(report.rejections().get(2).reasons()).anySatisfy(r -> assertThat(r).contains("modified"));
        assertThat(report.rejections().get(3).reasons()).anySatisfy(r -> assertThat(r).contains("JSON object"));
        assertThat(count("select count(*) from intel_objects where id = '" + good + "'")).isEqualTo(1);
    }

    @Test
    void stix20IsUpgradedWithANote() {
        String id = newIndicatorId();
        ImportReport report = ingest("""
                {"type":"bundle","id":"bundle--%s","spec_version":"2.0","objects":[
                 {"type":"indicator","id":"%s","created":"2017-01-01T00:00:00.000Z","modified":"2017-01-01T00:00:00.000Z",
                  "labels":["malicious-activity"],"pattern":"[url:value = 'http://x.example/']","valid_from":"2017-01-01T00:00:00Z"}]}"""
                .formatted(UUID.randomUUID(), id));
        assertThat(report.perType().get("indicator")).isEqualTo(new ImportReport.Counts(1, 0, 1, 0, 0, 0));
        assertThat(report.notes()).anySatisfy(n -> assertThat(n).startsWith("STIX 2.0 upgrade"));
        assertThat(jdbc.sql("select object ->> 'spec_version' from intel_objects where id = ?").param(id)
                .query(String.class).single()).isEqualTo("2.1");
    }

    @Test
    void stix20ObservedDataIsLiftedIntoScosWithObjectRefs() {
        String id = "observed-data--" + UUID.randomUUID();
        ImportReport report = ingest("""
                {"type":"bundle","id":"bundle--%s","spec_version":"2.0","objects":[
                 {"type":"observed-data","id":"%s","created":"2017-01-01T00:00:00.000Z","modified":"2017-01-01T00:00:00.000Z",
                  "first_observed":"2017-01-01T00:00:00Z","last_observed":"2017-01-01T00:00:00Z","number_observed":3,
                  "objects":{"0":{"type":"ipv4-addr","value":"203.0.113.77"}},
                  "object_marking_refs":["marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"]}]}"""
                .formatted(UUID.randomUUID(), id));
        assertThat(report.rejections()).isEmpty();
        assertThat(report.perType().get("ipv4-addr").accepted()).isEqualTo(1);
        String sco = jdbc.sql("select id from intel_objects where type = 'ipv4-addr' and object ->> 'value' = '203.0.113.77'")
                .query(String.class).single();
        assertThat(jdbc.sql("select object -> 'object_refs' ->> 0 from intel_objects where id = ?").param(id)
                .query(String.class).single()).isEqualTo(sco);
        assertThat(tlp(sco)).as("the lifted SCO keeps the observed-data's marking").isEqualTo("GREEN");
    }

    @Test
    void noVersionIsAcceptedAfterRevocation() {
        String id = newIndicatorId();
        String revoked = indicator(id, "revoked", null, "2026-06-02T00:00:00.000Z").replace("\"pattern_type\"", "\"revoked\":true,\"pattern_type\"");
        ingest(bundle(indicator(id, "revoked", null, "2026-06-01T00:00:00.000Z"), revoked));
        ImportReport later = ingest(bundle(indicator(id, "revoked", null, "2026-06-03T00:00:00.000Z"), revoked));
        assertThat(later.perType().get("indicator")).isEqualTo(new ImportReport.Counts(0, 1, 0, 1, 0, 0));
        assertThat(later.rejections()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(id);
            assertThat(r.reasons()).containsExactly("version 2026-06-03T00:00:00.000Z comes after version 2026-06-02T00:00:00Z,"
                    + " which revoked the object; STIX accepts no later versions of it");
        });
        assertThat(count("select count(*) from intel_objects where id = '" + id + "'")).isEqualTo(2);
    }

    @Test
    void inputThatBreaksOffFailsTheImportButKeepsWhatWasReadWhole() {
        String first = newIndicatorId();
        String second = newIndicatorId();
        String broken = bundle(indicator(first, "whole", null, "2026-04-01T00:00:00.000Z"),
                indicator(second, "whole", null, "2026-04-01T00:00:00.000Z")).replace("]}", "], {\"type\": ");
        ImportReport report = ingest(broken);
        assertThat(report.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(report.notes()).anySatisfy(n -> assertThat(n).startsWith("Import stopped after 2 objects"));
        assertThat(count("select count(*) from intel_objects where id in ('" + first + "', '" + second + "')")).isEqualTo(2);
        assertThat(jdbc.sql("select status from intel_imports where id = ?").param(report.id()).query(String.class).single())
                .isEqualTo("failed");
    }

    @Test
    void tlpComesFromTheMarkingsTlp1IsMappedAndUnmarkedIsAmber() {
        String tlp1Green = newIndicatorId();
        String unmarked = newIndicatorId();
        ingest(bundle(indicator(tlp1Green, "tlp1", "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da",
                "2026-05-01T00:00:00.000Z"), indicator(unmarked, "plain", null, "2026-05-01T00:00:00.000Z")));
        assertThat(tlp(tlp1Green)).isEqualTo("GREEN");
        assertThat(tlp(unmarked)).isEqualTo("AMBER");
    }

    private ImportReport ingest(String bundle) {
        return intelligence.ingest(new ByteArrayInputStream(bundle.getBytes(StandardCharsets.UTF_8)),
                new Publication(null, null, Set.of(), Set.of(), Set.of(), "test"));
    }

    private String tlp(String id) {
        return jdbc.sql("select tlp from intel_objects where id = ?").param(id).query(String.class).single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
