package org.sipar.intel.internal.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sipar.intel.FullImportQueue;
import org.sipar.intel.ImportQueueFull;
import org.sipar.intel.ImportReport;
import org.sipar.intel.ImportStatus;
import org.sipar.intel.Intelligence;
import org.sipar.intel.Publication;
import org.sipar.support.stix.Stix;
import org.sipar.platform.SiparSettings;
import org.sipar.support.DemoPlatform;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The import queue: bounded (a full queue refuses and keeps nothing), and durable (what a stop leaves queued or
 * running runs again at the next start, from its spool file; a lost spool file fails the import, saying so).
 * Start-up is stood in for by calling its step, {@link Ingestion#resume}, on rows and files as a stop leaves them.
 */
@DemoPlatform
class ImportQueueTests {

    @Autowired
    Ingestion ingestion;
    @Autowired
    Imports imports;
    @Autowired
    ImportSpool spool;
    @Autowired
    Intelligence intelligence;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SiparSettings settings;

    Publication publication;

    @BeforeEach
    void analyst() {
        UUID person = jdbc.sql("select id from people where lower(email) = 'analyst@telco.demo'").query(UUID.class).single();
        UUID organisation = jdbc.sql("select organisation_id from people where id = ?").param(person).query(UUID.class).single();
        publication = new Publication(organisation, person, Set.of(), Set.of(), Set.of(), "queue-test");
    }

    static String bundle(String... ids) {
        return Stix.bundle(java.util.Arrays.stream(ids).map(Stix::indicator).toArray(String[]::new));
    }

    Path spoolFile(UUID id) {
        return settings.dataDir().toAbsolutePath().normalize().resolve("intel-spool").resolve(id + ".json");
    }

    long stored(String id) {
        return jdbc.sql("select count(*) from intel_objects where id = ?").param(id).query(Long.class).single();
    }

    /** Records import {@code id} queued with its spool file, as a submission does, but hands it to no thread. */
    void queuedByAnEarlierRun(UUID id, String bundle) throws IOException {
        String file = spool.write(id, out -> out.write(bundle.getBytes(StandardCharsets.UTF_8)));
        assertThat(imports.queue(id, publication, file, Integer.MAX_VALUE, new Imports.Queuing(bundle.length(), org.sipar.sharing.Tlp.AMBER, null))).isTrue();
    }

    ImportReport awaitFinished(UUID id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        ImportReport report = imports.find(id, publication.publisherPerson()).orElseThrow();
        while (!report.status().finished()) {
            assertThat(System.nanoTime()).as("import %s finished in time", id).isLessThan(deadline);
            Thread.sleep(10);
            report = imports.find(id, publication.publisherPerson()).orElseThrow();
        }
        return report;
    }

    @Test
    void aFullQueueRefusesASubmissionByNameAndKeepsNothing() {
        UUID id = UUID.randomUUID();
        String indicator = Stix.newIndicatorId();
        try (FullImportQueue full = new FullImportQueue(jdbc)) {
            assertThatThrownBy(() -> ingestion.submit(id, publication, out -> out.write(bundle(indicator).getBytes(StandardCharsets.UTF_8))))
                    .isInstanceOf(ImportQueueFull.class).hasMessageContaining("64 imports wait already");
        }
        assertThat(spoolFile(id)).doesNotExist();
        assertThat(jdbc.sql("select count(*) from intel_imports where id = ?").param(id).query(Long.class).single()).isZero();
        assertThat(stored(indicator)).isZero();
    }

    @Test
    void aSubmissionIsQueuedOnDiskAndRunsAtOnce() throws Exception {
        String indicator = Stix.newIndicatorId();
        ImportReport queued = intelligence.submit(publication, out -> out.write(bundle(indicator).getBytes(StandardCharsets.UTF_8)));
        assertThat(queued.status()).isEqualTo(ImportStatus.QUEUED);
        ImportReport done = awaitFinished(queued.id());
        assertThat(done.status()).isEqualTo(ImportStatus.COMPLETE);
        assertThat(done.startedAt()).isNotNull();
        assertThat(stored(indicator)).isEqualTo(1);
        assertThat(spoolFile(queued.id())).as("spool file deleted once done").doesNotExist();
    }

    @Test
    void anImportLeftQueuedByAStopRunsAtTheNextStart() throws Exception {
        UUID id = UUID.randomUUID();
        String indicator = Stix.newIndicatorId();
        queuedByAnEarlierRun(id, bundle(indicator));

        ingestion.resume();

        ImportReport done = awaitFinished(id);
        assertThat(done.status()).isEqualTo(ImportStatus.COMPLETE);
        assertThat(done.totals().accepted()).isEqualTo(1);
        assertThat(stored(indicator)).isEqualTo(1);
        assertThat(spoolFile(id)).doesNotExist();
    }

    @Test
    void anImportCutShortWhileRunningRunsAgainAndWhatItStoredCountsAsDuplicates() throws Exception {
        String first = Stix.newIndicatorId();
        String second = Stix.newIndicatorId();
        intelligence.ingest(new java.io.ByteArrayInputStream(bundle(first).getBytes(StandardCharsets.UTF_8)), publication);
        UUID id = UUID.randomUUID();
        queuedByAnEarlierRun(id, bundle(first, second));
        assertThat(imports.claim(id)).as("it was running when Sipar stopped").isPresent();
        imports.saveShare(id, 0, new ReportBuilder(id, "queue-test", java.time.Clock.systemUTC()).snapshot(ImportStatus.RUNNING));

        ingestion.resume();

        ImportReport done = awaitFinished(id);
        assertThat(done.status()).isEqualTo(ImportStatus.COMPLETE);
        assertThat(done.processed()).as("its first run's share let go").isEqualTo(2);
        assertThat(done.perType().get("indicator")).isEqualTo(new ImportReport.Counts(1, 1, 0, 0, 0, 0));
        assertThat(stored(first)).isEqualTo(1);
        assertThat(stored(second)).isEqualTo(1);
    }

    @Test
    void aQueuedImportWhoseSpoolFileIsGoneFailsSayingSo() throws Exception {
        UUID id = UUID.randomUUID();
        String indicator = Stix.newIndicatorId();
        queuedByAnEarlierRun(id, bundle(indicator));
        Files.delete(spoolFile(id));

        ingestion.resume();

        ImportReport done = awaitFinished(id);
        assertThat(done.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(done.notes()).containsExactly(Ingestion.SPOOL_LOST);
        assertThat(stored(indicator)).isZero();
    }

    @Test
    void anOrphanedSpoolFileOfASubmissionNeverQueuedIsDeletedAtStartUp() throws Exception {
        UUID id = UUID.randomUUID();
        spool.write(id, out -> out.write("{}".getBytes(StandardCharsets.UTF_8)));
        Files.setLastModifiedTime(spoolFile(id), java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(86_400)));

        ingestion.resume();

        assertThat(spoolFile(id)).doesNotExist();
    }

    @Test
    void anImportAnotherInstanceQueuedIsLeftToItsSpool() {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into intel_imports (id, status, source, spool_file, spooled_in) values (?, 'queued', 'elsewhere', ?, ?)")
                .params(id, ImportSpool.fileName(id), UUID.randomUUID().toString()).update();
        try {
            assertThat(imports.waiting()).doesNotContain(id);
            assertThat(imports.claim(id)).as("only the instance holding its spool file runs it").isEmpty();
            assertThat(imports.requeueInterrupted()).isNotNegative();
            assertThat(jdbc.sql("select status from intel_imports where id = ?").param(id).query(String.class).single())
                    .isEqualTo("queued");
        } finally {
            jdbc.sql("delete from intel_imports where id = ?").param(id).update();
        }
    }
}
