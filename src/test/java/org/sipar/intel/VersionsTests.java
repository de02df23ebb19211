package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.intel.OwnershipTests.revoked;
import static org.sipar.support.stix.Stix.bundle;
import static org.sipar.support.stix.Stix.indicator;
import static org.sipar.support.stix.Stix.newIndicatorId;

import org.junit.jupiter.api.Test;
import org.sipar.sharing.Tlp;
import org.sipar.support.DemoPlatform;

/** Versions are told apart by instant; a version held with other content is a conflict; revocation is judged by the specification. */
@DemoPlatform
class VersionsTests extends StoreFixture {

    static final String ANALYST = "analyst@nic.demo";

    @Test
    void twoTextsOfOneInstantAreOneVersion() {
        String id = newIndicatorId();
        members.publish(ANALYST, bundle(indicator(id, "instant", Tlp.GREEN.markingId(), "2026-03-01T00:00:00.000Z")));
        ImportReport again = members.publish(ANALYST, bundle(indicator(id, "instant", Tlp.GREEN.markingId(), "2026-03-01T00:00:00.000000Z")
                .replace("2026-03-01T00:00:00.000000Z", "2026-03-01T00:00:00.000Z"), indicator(id, "instant", Tlp.GREEN.markingId(),
                "2026-03-01T00:00:00.000000Z")));
        assertThat(again.totals().accepted()).isZero();
        assertThat(again.totals().duplicate() + again.totals().conflicting()).isEqualTo(2);
        assertThat(members.versions(members.reader(ANALYST), id, "all")).hasSize(1);
        assertThat(members.versions(members.reader(ANALYST), id, "last")).hasSize(1);
    }

    @Test
    void aVersionHeldWithOtherContentIsAConflictNamingWhatDiffers() {
        String id = newIndicatorId();
        members.publish(ANALYST, bundle(indicator(id, "first", Tlp.GREEN.markingId(), "2026-03-01T00:00:00.000Z")));
        ImportReport report = members.publish(ANALYST, bundle(indicator(newIndicatorId(), "filler", null, "2026-03-01T00:00:00.000Z"),
                indicator(id, "second", Tlp.GREEN.markingId(), "2026-03-01T00:00:00.000Z")));
        assertThat(report.totals().conflicting()).isEqualTo(1);
        assertThat(report.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.index()).isEqualTo(1);
            assertThat(c.id()).isEqualTo(id);
            assertThat(c.modified()).isEqualTo("2026-03-01T00:00:00.000Z");
            assertThat(c.differences()).containsExactly("name");
        });
        assertThat(members.versions(members.reader(ANALYST), id, "all")).singleElement()
                .satisfies(o -> assertThat(o.json()).contains("Indicator first"));
    }

    @Test
    void aConflictEarlierInTheSameBundleIsReportedToo() {
        String id = newIndicatorId();
        ImportReport report = members.publish(ANALYST, bundle(indicator(id, "one", null, "2026-03-01T00:00:00.000Z"),
                indicator(id, "two", null, "2026-03-01T00:00:00.000Z"), indicator(id, "one", null, "2026-03-01T00:00:00.000Z")));
        assertThat(report.totals()).isEqualTo(new ImportReport.Counts(1, 1, 0, 0, 0, 1));
        assertThat(report.conflicts()).extracting(ImportReport.Conflict::index).containsExactly(1L);
    }

    @Test
    void anEarlierVersionArrivingAfterTheRevocationIsHistoryWhateverTheOrder() {
        String inOrder = newIndicatorId();
        String reversed = newIndicatorId();
        ImportReport a = members.publish(ANALYST, bundle(indicator(inOrder, "v1", null, "2026-05-01T00:00:00.000Z"),
                revoked(indicator(inOrder, "v2", null, "2026-05-02T00:00:00.000Z"))));
        ImportReport b = members.publish(ANALYST, bundle(revoked(indicator(reversed, "v2", null, "2026-05-02T00:00:00.000Z")),
                indicator(reversed, "v1", null, "2026-05-01T00:00:00.000Z")));
        assertThat(a.rejections()).isEmpty();
        assertThat(b.rejections()).isEmpty();
        assertThat(members.versions(members.reader(ANALYST), reversed, "all")).hasSize(2);
        assertThat(members.versions(members.reader(ANALYST), reversed, "last")).singleElement()
                .satisfies(o -> assertThat(o.modified()).isEqualTo("2026-05-02T00:00:00.000Z"));
    }

    @Test
    void aRevocationOlderThanAHeldVersionIsRefusedWithTheTrueReason() {
        String id = newIndicatorId();
        members.publish(ANALYST, bundle(indicator(id, "v3", null, "2026-05-03T00:00:00.000Z")));
        ImportReport report = members.publish(ANALYST, bundle(revoked(indicator(id, "v2", null, "2026-05-02T00:00:00.000Z"))));
        assertThat(report.rejections()).singleElement().satisfies(r -> assertThat(r.reasons()).containsExactly(
                "version 2026-05-02T00:00:00.000Z revokes the object, but a later version 2026-05-03T00:00:00Z is held;"
                        + " STIX allows no version after a revocation"));
    }

    @Test
    void warningsAreKeptWithTheirObject() {
        String id = newIndicatorId();
        // A value outside an open vocabulary is a SHOULD of STIX 2.1: a warning, not an error.
        ImportReport report = members.publish(ANALYST, bundle(indicator(id, "warned", null, "2026-05-01T00:00:00.000Z")
                .replace("\"pattern_type\"", "\"indicator_types\":[\"made-up-kind\"],\"pattern_type\"")));
        assertThat(report.totals().accepted()).isEqualTo(1);
        assertThat(report.totals().warnings()).isEqualTo(1);
        assertThat(report.warnings()).singleElement().satisfies(w -> {
            assertThat(w.id()).isEqualTo(id);
            assertThat(w.index()).isZero();
            assertThat(w.messages()).singleElement().satisfies(m -> assertThat(m).contains("indicator_types").contains("made-up-kind"));
        });
    }
}
