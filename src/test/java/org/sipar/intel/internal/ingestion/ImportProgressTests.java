package org.sipar.intel.internal.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sipar.intel.ImportHistory;
import org.sipar.intel.ImportRecord;
import org.sipar.intel.ImportReport;
import org.sipar.intel.ImportStatus;
import org.sipar.intel.ImportViewer;
import org.sipar.intel.Publication;
import org.sipar.sharing.Reader;
import org.sipar.sharing.Tlp;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * While an import runs, its history and report count what the batches committed so far stored (a prefix of the
 * input, batch 0, 1, 2 ... without a gap), and the report page keeps polling; batches are saved by hand here, so
 * nothing depends on timing.
 */
@DemoPlatform
class ImportProgressTests {

    @LocalServerPort
    int port;

    @Autowired
    Imports imports;

    @Autowired
    ImportHistory history;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRunningImportCountsWhatItsCommittedBatchesStoredSoFar() {
        Reader analyst = jdbc.sql("select id, organisation_id from people where email = 'analyst@bank.demo'")
                .query((rs, n) -> new Reader(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), false, Set.of())).single();
        UUID id = UUID.randomUUID();
        Publication publication = new Publication(analyst.organisationId(), analyst.personId(), Set.of(), Set.of(), Set.of(), "progress.json");
        assertThat(imports.queue(id, publication, null, Integer.MAX_VALUE, new Imports.Queuing(1234, Tlp.GREEN, null))).isTrue();
        ImportViewer viewer = new ImportViewer(analyst, false, false);
        assertThat(history.find(viewer, id).orElseThrow().status()).isEqualTo(ImportStatus.QUEUED);
        assertThat(imports.claim(id)).isPresent();
        assertThat(stored(viewer, id)).isZero();

        imports.saveShare(id, 0, share(id, 3));
        assertThat(stored(viewer, id)).isEqualTo(3);
        imports.saveShare(id, 2, share(id, 4)); // batch 1 not committed yet: batch 2 does not count
        assertThat(stored(viewer, id)).isEqualTo(3);
        assertThat(history.imports(viewer, 0, 200).imports()).filteredOn(r -> r.id().equals(id))
                .singleElement().satisfies(r -> assertThat(r.stored()).isEqualTo(3));

        Http page = new Http(port);
        page.signIn("analyst@bank.demo", "sipar-demo");
        String running = page.get("/intel/imports/" + id).body();
        assertThat(running).contains("hx-get=\"/intel/imports/" + id + "\"", "hx-trigger=\"every 1s\"",
                "<strong id=\"import-stored\">3</strong>", "progress.json", "1,234 bytes", "TLP:GREEN");

        imports.saveShare(id, 1, share(id, 2));
        ImportRecord all = history.find(viewer, id).orElseThrow();
        assertThat(all.stored()).isEqualTo(9);
        assertThat(all.processed()).isEqualTo(9);

        ImportReport done = imports.running(id, "progress.json", Instant.now());
        imports.finish(new ImportReport(id, ImportStatus.COMPLETE, done.source(), done.startedAt(), Instant.now(),
                done.processed(), done.perType(), null, null, null, null));
        ImportRecord finished = history.find(viewer, id).orElseThrow();
        assertThat(finished.status()).isEqualTo(ImportStatus.COMPLETE);
        assertThat(finished.stored()).as("kept in its row once it ends").isEqualTo(9);
        assertThat(page.get("/intel/imports/" + id).body()).doesNotContain("hx-trigger=\"every 1s\"");
    }

    private long stored(ImportViewer viewer, UUID id) {
        return history.find(viewer, id).orElseThrow().stored();
    }

    private static ImportReport share(UUID id, long accepted) {
        return new ImportReport(id, ImportStatus.RUNNING, "progress.json", Instant.now(), null, accepted,
                Map.of("indicator", new ImportReport.Counts(accepted, 0, 0, 0, 0, 0)), List.of(), List.of(), List.of(), List.of());
    }
}
