package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.stix.Stix.bundle;
import static org.sipar.support.stix.Stix.indicator;
import static org.sipar.support.stix.Stix.newIndicatorId;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
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

    @Test
    void anImportAnnouncesTheVersionsItStoredWithTheirPosition(Scenario scenario) {
        UUID importId = UUID.randomUUID();
        String first = newIndicatorId();
        String second = newIndicatorId();
        // The import writes in transactions of its own, on threads of its own: the stimulus runs outside any.
        scenario.stimulate(tx -> ingest(importId, bundle(indicator(first, "module", null, MODIFIED),
                        indicator(second, "module", null, MODIFIED))))
                .andWaitForEventOfType(IntelligenceChanged.VersionsAdded.class)
                .matching(added -> importId.equals(added.importId()))
                .toArriveAndVerify((added, report) -> {
                    assertThat(report.status()).isEqualTo("complete");
                    assertThat(report.totals().accepted()).isEqualTo(2);
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
        long[] earlierPosition = new long[1];
        scenario.stimulate(tx -> ingest(earlierImport, bundle(indicator(earlier, "earlier", null, MODIFIED))))
                .andWaitForEventOfType(IntelligenceChanged.VersionsAdded.class)
                .matching(added -> earlierImport.equals(added.importId()))
                .toArriveAndVerify(added -> earlierPosition[0] = added.position());
        scenario.stimulate(tx -> ingest(laterImport, bundle(indicator(later, "later", null, MODIFIED))))
                .andWaitForEventOfType(IntelligenceChanged.VersionsAdded.class)
                .matching(added -> laterImport.equals(added.importId()))
                .toArriveAndVerify(added -> {
                    assertThat(added.ids()).containsExactly(later);
                    assertThat(added.position()).isGreaterThan(earlierPosition[0]);
                    assertThat(listed(later, earlier)).containsExactly(earlier, later);
                });
    }

    @Test
    void aDeletionIsAWriteOfItsOwnAndLeavesATombstone(Scenario scenario) {
        UUID importId = UUID.randomUUID();
        String id = newIndicatorId();
        long[] addedAt = new long[1];
        scenario.stimulate(tx -> ingest(importId, bundle(indicator(id, "deleted", null, MODIFIED))))
                .andWaitForEventOfType(IntelligenceChanged.VersionsAdded.class)
                .matching(added -> importId.equals(added.importId()))
                .toArriveAndVerify(added -> addedAt[0] = added.position());
        scenario.stimulate(tx -> intelligence.delete(publisher, false, ObjectQuery.all(10).withIds(List.of(id))))
                .andWaitForEventOfType(IntelligenceChanged.VersionsDeleted.class)
                .matching(deleted -> deleted.ids().contains(id))
                .toArriveAndVerify((deleted, count) -> {
                    assertThat(count).isEqualTo(1);
                    assertThat(deleted.ids()).containsExactly(id);
                    assertThat(deleted.versions()).isEqualTo(1);
                    assertThat(deleted.position()).isGreaterThan(addedAt[0]);
                    assertThat(listed(id)).isEmpty();
                    // The change log now tells of the tombstone only: what it shows is what the store holds.
                    assertThat(intelligence.changes(publisher, 0, 1000).changes()).filteredOn(change -> about(change, id))
                            .singleElement().isInstanceOf(Change.VersionDeleted.class);
                });
    }

    private static boolean about(Change change, String id) {
        return switch (change) {
            case Change.VersionAdded added -> added.version().id().equals(id);
            case Change.ObjectRevoked revoked -> revoked.version().id().equals(id);
            case Change.VersionDeleted deleted -> deleted.id().equals(id);
        };
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
