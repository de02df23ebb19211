package org.sipar.intel.internal;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.sipar.intel.ImportReport;
import org.sipar.intel.Publication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Imports and their reports, saved as they progress so the status always says how far one got. */
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

    /**
     * Saves the report as it stands; called in the same transaction as the batch it accounts for. The saved
     * report must be the one before it, which had processed {@code previous} objects: batches are written
     * side by side, and one whose predecessor was rolled back must not claim the predecessor's objects.
     */
    void save(ImportReport report, long previous) {
        // Locking waits for a predecessor still committing, and then reads what it saved (or that it failed).
        long saved = jdbc.sql("select processed from intel_imports where id = ? for update").params(report.id())
                .query(Long.class).single();
        if (saved != previous) {
            throw new IllegalStateException("Import " + report.id() + ": an earlier batch was not stored");
        }
        jdbc.sql("update intel_imports set status = ?, processed = ?, finished_at = ?, report = cast(? as jsonb) where id = ?")
                .params(report.status(), report.processed(),
                        report.finishedAt() == null ? null : Timestamp.from(report.finishedAt()),
                        json.writeValueAsString(report), report.id())
                .update();
    }

    Optional<ImportReport> find(UUID id, UUID publisherPerson) {
        return jdbc.sql("select report::text from intel_imports where id = ? and publisher_person = ? and report ->> 'status' is not null")
                .params(id, publisherPerson).query(String.class).optional()
                .map(text -> json.readValue(text, ImportReport.class));
    }
}
