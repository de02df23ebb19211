package org.sipar.intel.internal.ingestion;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sipar.intel.ImportReport;
import org.sipar.intel.Publication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports and their reports. While an import runs, each batch saves its share of the report with its objects
 * (intel_import_batches); the running report is the sum of the shares of the batches committed without a
 * gap from the first, so it always covers a prefix of the input. The finished report replaces the shares.
 */
@Repository
class Imports {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Imports(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void begin(UUID id, Publication publication) {
        jdbc.sql("insert into intel_imports (id, status, source, publisher_org, publisher_person) values (?, 'running', ?, ?, ?)")
                .params(id, publication.source(), publication.publisherOrganisation(), publication.publisherPerson())
                .update();
    }

    /** Saves one batch's share of the report; called in the transaction that stores the batch's objects. */
    void saveShare(UUID id, int batch, ImportReport share) {
        jdbc.sql("insert into intel_import_batches (import_id, batch, share) values (?, ?, cast(? as jsonb))")
                .params(id, batch, json.writeValueAsString(share)).update();
    }

    /** Saves the finished report and lets go of the shares it sums. */
    void finish(ImportReport report) {
        jdbc.sql("update intel_imports set status = ?, processed = ?, finished_at = ?, report = cast(? as jsonb) where id = ?")
                .params(report.status(), report.processed(),
                        report.finishedAt() == null ? null : Timestamp.from(report.finishedAt()),
                        json.writeValueAsString(report), report.id())
                .update();
        jdbc.sql("delete from intel_import_batches where import_id = ?").params(report.id()).update();
    }

    Optional<ImportReport> find(UUID id, UUID publisherPerson) {
        return jdbc.sql("select status, source, report::text from intel_imports where id = ? and publisher_person = ?")
                .params(id, publisherPerson)
                .query((rs, row) -> "running".equals(rs.getString(1))
                        ? running(id, rs.getString(2)) : json.readValue(rs.getString(3), ImportReport.class))
                .optional();
    }

    /** The report of a running import: the shares of its batches 0, 1, 2, ... up to the first not yet committed. */
    ImportReport running(UUID id, String source) {
        ReportBuilder report = new ReportBuilder(id, source);
        int expected = 0;
        for (Share share : shares(id)) {
            if (share.batch() != expected++) {
                break;
            }
            report.absorb(share.report());
        }
        return report.snapshot("running");
    }

    /** Every committed share, for an import that a stop cut short. */
    List<Share> shares(UUID id) {
        return jdbc.sql("select batch, share::text from intel_import_batches where import_id = ? order by batch")
                .params(id).query((rs, row) -> new Share(rs.getInt(1), json.readValue(rs.getString(2), ImportReport.class)))
                .list();
    }

    record Share(int batch, ImportReport report) {
    }
}
