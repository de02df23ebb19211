package org.sipar.intel.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.sipar.intel.ImportReport.Counts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a batch of checked objects and the report that accounts for them in one transaction, so that a
 * crash leaves either both or neither. A version already stored (same id and modified) is counted as a
 * duplicate, not stored twice.
 */
@Component
class Batches {

    private static final String INSERT = """
            insert into intel_objects (id, type, spec_version, modified, modified_at, revoked, tlp, publisher_org,
                publisher_person, recipient_orgs, recipient_groups, recipient_people, pap, labels, import_id, object)
            values (?, ?, ?, ?, coalesce(?, clock_timestamp()), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
            on conflict (id, modified) do nothing""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Imports imports;
    private final JsonMapper json;

    Batches(JdbcTemplate jdbc, TransactionTemplate transaction, Imports imports, JsonMapper json) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.imports = imports;
        this.json = json;
    }

    void write(List<Candidate> batch, ReportBuilder report, String status) {
        transaction.executeWithoutResult(tx -> {
            int[] inserted = batch.isEmpty() ? new int[0] : jdbc.batchUpdate(INSERT, rows(batch, report));
            for (int i = 0; i < batch.size(); i++) {
                Candidate c = batch.get(i);
                boolean added = inserted[i] != 0;
                report.count(c.type(), new Counts(added ? 1 : 0, added ? 0 : 1, added && c.upgraded() ? 1 : 0, 0, c.warnings()));
            }
            imports.save(report.snapshot(status));
        });
    }

    private List<Object[]> rows(List<Candidate> batch, ReportBuilder report) {
        UUID importId = report.id();
        List<Object[]> rows = new ArrayList<>(batch.size());
        for (Candidate c : batch) {
            var d = c.distribution();
            rows.add(new Object[] {c.id(), c.type(), c.object().path("spec_version").asString("2.1"), c.modified(),
                    timestamp(c.modified()), c.object().path("revoked").asBoolean(false), d.tlp().name(),
                    d.publisherOrganisation(), d.publisherPerson(), d.organisations().toArray(UUID[]::new),
                    d.groups().toArray(UUID[]::new), d.people().toArray(UUID[]::new), c.pap(), labels(c),
                    importId, json.writeValueAsString(c.object())});
        }
        return rows;
    }

    private static String[] labels(Candidate c) {
        List<String> labels = new ArrayList<>();
        c.object().path("labels").forEach(l -> labels.add(l.asString()));
        return labels.toArray(String[]::new);
    }

    private static Timestamp timestamp(String text) {
        try {
            return text.isEmpty() ? null : Timestamp.from(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return Timestamp.from(Instant.EPOCH);
        }
    }
}
