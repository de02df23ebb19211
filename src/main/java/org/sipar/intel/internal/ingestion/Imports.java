package org.sipar.intel.internal.ingestion;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sipar.intel.ImportFinished;
import org.sipar.intel.ImportReport;
import org.sipar.intel.ImportStatus;
import org.sipar.intel.Publication;
import org.sipar.sharing.Tlp;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports and their reports, and the queue they wait in. An import is recorded {@code queued} with its
 * publication and spool file, claimed {@code running} by the thread that runs it, and finished with its report.
 * While an import runs, each batch saves its share of the report with its objects (intel_import_batches); the
 * running report is the sum of the shares of the batches committed without a gap from the first, so it always
 * covers a prefix of the input. The finished report replaces the shares.
 */
@Repository
class Imports {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    /** This instance's spool: the imports queued with it are those it runs. */
    private final String spooledIn;
    private final Clock clock;

    Imports(JdbcClient jdbc, JsonMapper json, TransactionTemplate transactions, ApplicationEventPublisher events,
            ImportSpool spool, Clock clock) {
        this.spooledIn = spool.instance();
        this.clock = clock;
        this.jdbc = jdbc;
        this.json = json;
        this.transactions = transactions;
        this.events = events;
    }

    /** What running a queued import needs, as recorded when it was queued. */
    record Queued(UUID id, Publication publication, String spoolFile) {
    }

    /**
     * Records import {@code id} as queued, unless {@code capacity} imports wait already; returns whether it was.
     * The count and the insert are one statement, so the queue never grows far past its capacity.
     */
    boolean queue(UUID id, Publication publication, String spoolFile, int capacity) {
        return jdbc.sql("""
                        insert into intel_imports (id, status, source, publisher_org, publisher_person, recipient_orgs,
                            recipient_groups, recipient_people, spool_file, spooled_in, started_at, unmarked_tlp)
                        select ?, 'queued', ?, ?, ?, ?, ?, ?, ?, ?, null, ?
                        where (select count(*) from intel_imports where status = 'queued') < ?""")
                .params(id, publication.source(), publication.publisherOrganisation(), publication.publisherPerson(),
                        uuids(publication.organisations()), uuids(publication.groups()), uuids(publication.people()),
                        spoolFile, spooledIn, publication.unmarked() == null ? null : publication.unmarked().name(), capacity)
                .update() == 1;
    }

    /** How many imports wait queued. */
    int queuedCount() {
        return jdbc.sql("select count(*) from intel_imports where status = 'queued'").query(Integer.class).single();
    }

    /** Claims queued import {@code id} for running (it is then {@code running}); empty if it is not queued. */
    Optional<Queued> claim(UUID id) {
        return jdbc.sql("""
                        update intel_imports set status = 'running', started_at = clock_timestamp()
                        where id = ? and status = 'queued' and spooled_in = ?
                        returning id, source, unmarked_tlp, publisher_org, publisher_person, recipient_orgs, recipient_groups,
                            recipient_people, spool_file""")
                .params(id, spooledIn).query(this::queued).optional();
    }

    /** The imports that wait queued to run here, oldest first. */
    List<UUID> waiting() {
        return jdbc.sql("select id from intel_imports where status = 'queued' and spooled_in = ? order by queued_at")
                .params(spooledIn).query(UUID.class).list();
    }

    /** The imports queued before {@code before}, oldest first: a backstop for hand-offs lost on the way. */
    List<UUID> waitingSince(Instant before) {
        return jdbc.sql("select id from intel_imports where status = 'queued' and spooled_in = ? and queued_at < ?"
                        + " order by queued_at")
                .params(spooledIn, Timestamp.from(before)).query(UUID.class).list();
    }

    /**
     * Puts the imports that a stop or crash cut short while running back in the queue, to run again from their
     * spool file: what their committed batches stored counts as duplicates then, so their shares go. Returns how
     * many. Only this instance's imports: those running without a spool file (from before the queue) are left to
     * {@link InterruptedImports}, those another instance sharing the database spooled to it.
     */
    int requeueInterrupted() {
        return transactions.execute(tx -> {
            jdbc.sql("""
                    delete from intel_import_batches where import_id in
                        (select id from intel_imports where status = 'running' and spooled_in = ?)""")
                    .params(spooledIn).update();
            return jdbc.sql("update intel_imports set status = 'queued', started_at = null"
                    + " where status = 'running' and spooled_in = ?").params(spooledIn).update();
        });
    }

    /** Saves one batch's share of the report; called in the transaction that stores the batch's objects. */
    void saveShare(UUID id, int batch, ImportReport share) {
        jdbc.sql("insert into intel_import_batches (import_id, batch, share) values (?, ?, cast(? as jsonb))")
                .params(id, batch, json.writeValueAsString(share)).update();
    }

    /**
     * Saves the finished report, lets go of the shares it sums and publishes {@link ImportFinished}, in one
     * transaction; does nothing if the import is finished already.
     */
    void finish(ImportReport report) {
        transactions.executeWithoutResult(tx -> {
            int updated = jdbc.sql("""
                            update intel_imports set status = ?, processed = ?, finished_at = ?, report = cast(? as jsonb),
                                spool_file = null
                            where id = ? and status in ('queued', 'running')""")
                    .params(report.status().value(), report.processed(),
                            report.finishedAt() == null ? null : Timestamp.from(report.finishedAt()),
                            json.writeValueAsString(report), report.id())
                    .update();
            if (updated == 1) {
                jdbc.sql("delete from intel_import_batches where import_id = ?").params(report.id()).update();
                events.publishEvent(new ImportFinished(report.id(), report.status(), report.processed()));
            }
        });
    }

    Optional<ImportReport> find(UUID id, UUID publisherPerson) {
        return jdbc.sql("select status, source, started_at, report::text from intel_imports where id = ? and publisher_person = ?")
                .params(id, publisherPerson)
                .query((rs, row) -> switch (ImportStatus.of(rs.getString(1))) {
                    case QUEUED -> new ImportReport(id, ImportStatus.QUEUED, rs.getString(2), null, null, 0,
                            null, null, null, null, null);
                    case RUNNING -> running(id, rs.getString(2), rs.getTimestamp(3).toInstant());
                    case COMPLETE, FAILED -> json.readValue(rs.getString(4), ImportReport.class);
                })
                .optional();
    }

    /** The report of a running import: the shares of its batches 0, 1, 2, ... up to the first not yet committed. */
    ImportReport running(UUID id, String source, Instant startedAt) {
        ReportBuilder report = new ReportBuilder(id, source, startedAt, clock);
        int expected = 0;
        for (Share share : shares(id)) {
            if (share.batch() != expected++) {
                break;
            }
            report.absorb(share.report());
        }
        return report.snapshot(ImportStatus.RUNNING);
    }

    /** Every committed share, for an import that a stop cut short. */
    List<Share> shares(UUID id) {
        return jdbc.sql("select batch, share::text from intel_import_batches where import_id = ? order by batch")
                .params(id).query((rs, row) -> new Share(rs.getInt(1), json.readValue(rs.getString(2), ImportReport.class)))
                .list();
    }

    record Share(int batch, ImportReport report) {
    }

    private Queued queued(ResultSet rs, int row) throws SQLException {
        Publication publication = new Publication(rs.getObject("publisher_org", UUID.class),
                rs.getObject("publisher_person", UUID.class), set(rs.getArray("recipient_orgs")),
                set(rs.getArray("recipient_groups")), set(rs.getArray("recipient_people")), rs.getString("source"),
                rs.getString("unmarked_tlp") == null ? null : Tlp.valueOf(rs.getString("unmarked_tlp")));
        return new Queued(rs.getObject("id", UUID.class), publication, rs.getString("spool_file"));
    }

    private static UUID[] uuids(Set<UUID> ids) {
        return ids.toArray(UUID[]::new);
    }

    private static Set<UUID> set(Array array) throws SQLException {
        return Set.of((UUID[]) array.getArray());
    }
}
