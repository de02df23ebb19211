package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.stix.Stix.bundle;
import static org.sipar.support.stix.Stix.indicator;
import static org.sipar.support.stix.Stix.newIndicatorId;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sipar.sharing.Reader;
import org.sipar.support.DemoPlatform;

/** Every write and every deletion is published as an IntelligenceChanged event, in commit order. */
@DemoPlatform
class ChangeEventsTests extends StoreFixture {

    @RegisterExtension
    final RecordedEvents events = new RecordedEvents();

    @Test
    void eachWriteIsPublishedWithItsPositionAndIds() {
        String first = newIndicatorId();
        String second = newIndicatorId();
        ImportReport report = members.publish("analyst@nic.demo", bundle(indicator(first, "evt", null, "2026-01-02T00:00:00.000Z"),
                indicator(second, "evt", null, "2026-01-02T00:00:00.000Z")));
        List<IntelligenceChanged.VersionsAdded> added = events.stream(IntelligenceChanged.VersionsAdded.class)
                .filter(e -> report.id().equals(e.importId())).toList();
        assertThat(added).singleElement().satisfies(e -> {
            assertThat(e.ids()).containsExactly(first, second);
            assertThat(e.position()).isPositive();
        });
        ImportReport again = members.publish("analyst@nic.demo", bundle(indicator(newIndicatorId(), "evt", null, "2026-01-02T00:00:00.000Z")));
        assertThat(events.stream(IntelligenceChanged.VersionsAdded.class).filter(e -> again.id().equals(e.importId()))
                .findFirst().orElseThrow().position()).isGreaterThan(added.getFirst().position());
    }

    @Test
    void anImportWritesASmallBatchFirstThenBatchesTwiceAsLarge() {
        String[] objects = new String[700];
        for (int i = 0; i < objects.length; i++) {
            objects[i] = indicator(newIndicatorId(), "batch", null, "2026-01-02T00:00:00.000Z");
        }
        ImportReport report = members.publish("analyst@nic.demo", bundle(objects));
        assertThat(report.totals().accepted()).isEqualTo(700);
        assertThat(events.stream(IntelligenceChanged.VersionsAdded.class).filter(e -> report.id().equals(e.importId()))
                .map(e -> e.ids().size())).as("200, then 400, then the 100 left (batch-size 1000)")
                .containsExactlyInAnyOrder(200, 400, 100);
    }

    @Test
    void aDuplicateImportPublishesNothing() {
        String id = newIndicatorId();
        String input = bundle(indicator(id, "evt", null, "2026-01-02T00:00:00.000Z"));
        members.publish("analyst@nic.demo", input);
        ImportReport duplicate = members.publish("analyst@nic.demo", input);
        assertThat(events.stream(IntelligenceChanged.VersionsAdded.class).filter(e -> duplicate.id().equals(e.importId()))).isEmpty();
    }

    @Test
    void aDeletionIsPublished() {
        String id = newIndicatorId();
        members.publish("analyst@nic.demo", bundle(indicator(id, "evt", null, "2026-01-02T00:00:00.000Z")));
        Reader publisher = members.reader("analyst@nic.demo");
        int deleted = intelligence.delete(publisher, false, new ObjectQuery(new ObjectQuery.Scope.All(), null, List.of(id),
                List.of(), List.of(VersionSelection.ALL), List.of(), null, 0, 100));
        assertThat(deleted).isEqualTo(1);
        assertThat(events.stream(IntelligenceChanged.VersionsDeleted.class)).anySatisfy(e -> {
            assertThat(e.ids()).containsExactly(id);
            assertThat(e.versions()).isEqualTo(1);
        });
    }
}
