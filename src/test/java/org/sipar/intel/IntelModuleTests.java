package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.stix.Stix.bundle;
import static org.sipar.support.stix.Stix.indicator;
import static org.sipar.support.stix.Stix.newIndicatorId;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sipar.sharing.Reader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * The intel module started with only the modules it depends on (platform, identity, sharing) and no others: an
 * import stores its objects and announces them as {@link IntelligenceChanged.VersionsAdded}, naming the ids
 * stored and the write's position in commit order, the order in which readers then list them; a deletion is a
 * later write, announced as {@link IntelligenceChanged.VersionsDeleted}, whose tombstone the change log shows.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = "sipar.data-dir=target/test-data/intel-module-${random.uuid}")
class IntelModuleTests {

    static final String MODIFIED = "2026-01-02T00:00:00.000Z";

    /** A publisher no directory knows: the store keeps who published, and asks identity nothing to import. */
    final Reader publisher = new Reader(UUID.randomUUID(), UUID.randomUUID(), false, Set.of());

    @Autowired
    Intelligence intelligence;

    @RegisterExtension
    final RecordedEvents events = new RecordedEvents();

    @Test
    void anImportAnnouncesTheVersionsItStoredWithTheirPosition(Scenario scenario) {
        UUID importId = UUID.randomUUID();
        String first = newIndicatorId();
        String second = newIndicatorId();
        // The import writes in transactions of its own, on the import threads: the stimulus runs outside any, and
        // the event is awaited among those published on any thread (Scenario's own capture is bound to this one).
        scenario.stimulate(tx -> ingest(importId, bundle(indicator(first, "module", null, MODIFIED),
                        indicator(second, "module", null, MODIFIED))))
                .andWaitForStateChange(() -> added(importId), Optional::isPresent)
                .andVerify(announced -> {
                    IntelligenceChanged.VersionsAdded added = announced.orElseThrow();
                    assertThat(added.ids()).containsExactly(first, second);
                    assertThat(added.position()).isPositive();
                    assertThat(listed(first, second)).containsExactly(first, second);
                });
    }

    @Test
    void aLaterWriteHasALaterPositionAndIsListedAfter(Scenario scenario) {
        UUID earlierImport = UUID.randomUUID();
        UUID laterImport = UUID.randomUUID();
        String earlier = newIndicatorId();
        String later = newIndicatorId();
        scenario.stimulate(tx -> ingest(earlierImport, bundle(indicator(earlier, "earlier", null, MODIFIED))))
                .andWaitForStateChange(() -> added(earlierImport), Optional::isPresent)
                .andVerify(announced -> assertThat(announced).isPresent());
        long earlierPosition = added(earlierImport).orElseThrow().position();
        scenario.stimulate(tx -> ingest(laterImport, bundle(indicator(later, "later", null, MODIFIED))))
                .andWaitForStateChange(() -> added(laterImport), Optional::isPresent)
                .andVerify(announced -> {
                    IntelligenceChanged.VersionsAdded added = announced.orElseThrow();
                    assertThat(added.ids()).containsExactly(later);
                    assertThat(added.position()).isGreaterThan(earlierPosition);
                    assertThat(listed(later, earlier)).containsExactly(earlier, later);
                });
    }

    @Test
    void aDeletionIsAWriteOfItsOwnAndLeavesATombstone(Scenario scenario) {
        UUID importId = UUID.randomUUID();
        String id = newIndicatorId();
        ImportReport report = ingest(importId, bundle(indicator(id, "deleted", null, MODIFIED)));
        assertThat(report.status()).isEqualTo(ImportStatus.COMPLETE);
        long addedAt = added(importId).orElseThrow().position();
        // A deletion runs on the caller's thread, in its own transaction: Scenario sees its event.
        scenario.stimulate(tx -> intelligence.delete(publisher, false, ObjectQuery.all(10).withIds(List.of(id))))
                .andWaitForEventOfType(IntelligenceChanged.VersionsDeleted.class)
                .matching(deleted -> deleted.ids().contains(id))
                .toArriveAndVerify((deleted, count) -> {
                    assertThat(count).isEqualTo(1);
                    assertThat(deleted.ids()).containsExactly(id);
                    assertThat(deleted.versions()).isEqualTo(1);
                    assertThat(deleted.position()).isGreaterThan(addedAt);
                    assertThat(listed(id)).isEmpty();
                    // The change log now tells of the tombstone only: what it shows is what the store holds.
                    assertThat(intelligence.changes(publisher, 0, 1000).changes()).filteredOn(change -> change.id().equals(id))
                            .singleElement().isInstanceOf(Change.VersionDeleted.class);
                });
    }

    private Optional<IntelligenceChanged.VersionsAdded> added(UUID importId) {
        return events.stream(IntelligenceChanged.VersionsAdded.class).filter(e -> importId.equals(e.importId())).findFirst();
    }


    private ImportReport ingest(UUID importId, String bundle) {
        return intelligence.ingest(importId, new ByteArrayInputStream(bundle.getBytes(StandardCharsets.UTF_8)),
                new Publication(publisher.organisationId(), publisher.personId(), Set.of(), Set.of(), Set.of(), "module test"));
    }

    /** The ids of the latest versions of {@code ids} that the publisher is shown, in listing (commit) order. */
    private List<String> listed(String... ids) {
        return intelligence.objects(publisher, ObjectQuery.all(10).withIds(List.of(ids))).objects().stream()
                .map(StoredObject::id).toList();
    }
}
