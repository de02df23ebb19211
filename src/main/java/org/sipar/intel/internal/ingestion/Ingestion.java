package org.sipar.intel.internal.ingestion;

import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;
import org.sipar.intel.ImportReport;
import org.sipar.intel.Publication;
import org.sipar.intel.internal.IntelSettings;
import org.sipar.sharing.Reader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Ingestion's one entry: runs an import of a bundle from start to finished report, and finds reports. */
@Component
public class Ingestion {

    private static final Logger log = LoggerFactory.getLogger(Ingestion.class);

    private static final long ANALYZE_AFTER = 10_000;

    private final JdbcClient jdbc;
    private final Imports imports;
    private final BundleImport bundles;

    Ingestion(JdbcClient jdbc, Imports imports, BatchWriter batches, JsonMapper json, IntelSettings settings) {
        this.jdbc = jdbc;
        this.imports = imports;
        this.bundles = new BundleImport(json, new ObjectChecks(), batches, settings.tlp(), settings.batchSize(),
                settings.maxObjectBytes());
    }

    /** Imports {@code bundle} under import id {@code id}, whose running report can be read meanwhile. */
    public ImportReport ingest(UUID id, InputStream bundle, Publication publication) {
        imports.begin(id, publication);
        ImportReport report;
        try {
            report = bundles.run(id, bundle, publication);
        } catch (RuntimeException e) {
            report = stopped(id, publication, e);
        }
        imports.finish(report);
        if (report.totals().accepted() >= ANALYZE_AFTER) {
            // The planner must know the table grew, or paging plans turn into scans until autovacuum notices.
            jdbc.sql("analyze intel_objects").update();
        }
        return report;
    }

    /** The report of import {@code id}, as far as it has got, if {@code reader} is the person who started it. */
    public Optional<ImportReport> report(Reader reader, UUID id) {
        return reader.member() ? imports.find(id, reader.personId()) : Optional.empty();
    }

    /**
     * The report of an import that a batch could not be stored for (not for one of its objects' sake: the
     * database was unreachable, say): what the committed batches stored, and a note; the cause goes to the log.
     */
    private ImportReport stopped(UUID id, Publication publication, RuntimeException cause) {
        log.error("Import {} stopped: a batch could not be stored", id, cause);
        ReportBuilder report = new ReportBuilder(id, publication.source());
        imports.shares(id).forEach(share -> report.absorb(share.report()));
        report.note("Import stopped: a batch could not be stored (error reference " + id + "); the objects counted here were stored");
        return report.snapshot("failed");
    }
}
