package org.sipar.intel.internal.ingestion;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sipar.intel.ImportReport;
import org.sipar.intel.ImportStatus;
import org.sipar.intel.IntelligenceChanged;
import org.sipar.intel.internal.storage.WriteLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a batch of checked objects and its share of the report in one transaction, so that a crash leaves
 * either both or neither. Under the locks of its ids ({@link IdLocks}) it reads what the publisher's copy
 * holds ({@link HeldVersions}), decides each object's fate ({@link Fates}), and stores the new versions with
 * one {@code COPY} ({@link Rows}, which sets apart an object the database refuses); {@link Accounting} counts
 * each object in the report's share. It never waits for another
 * batch inside its transaction; what PostgreSQL aborts as a deadlock or serialisation failure is tried again.
 */
@Component
class BatchWriter {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Imports imports;
    private final JsonMapper json;
    private final IdLocks locks;
    private final Rows rows;
    private final ApplicationEventPublisher events;

    BatchWriter(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transaction, Imports imports, JsonMapper json,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.transaction = transaction;
        this.imports = imports;
        this.json = json;
        this.locks = new IdLocks(jdbc);
        this.rows = new Rows(new VersionRows(jdbc, template, json), new WriteLog(jdbc), clock);
    }

    /** Stores a segment and its share of the report; returns the share once committed. */
    ImportReport write(Batch segment, ReportBuilder report) {
        return Retries.onTransientFailure(() -> transaction.execute(tx -> store(segment, report.share(), tx)));
    }

    private ImportReport store(Batch segment, ReportBuilder share, TransactionStatus tx) {
        List<CheckedObject> batch = segment.candidates;
        segment.applyTo(share);
        Rows.Written written = null;
        if (!batch.isEmpty()) {
            Set<String> ids = new LinkedHashSet<>();
            batch.forEach(c -> ids.add(c.id()));
            locks.lock(ids);
            HeldVersions held = HeldVersions.read(jdbc, json,
                    batch.getFirst().distribution().publisherOrganisation(), ids);
            List<Instant> instants = batch.stream()
                    .map(c -> c.modified().isEmpty() ? HeldVersions.UNVERSIONED : VersionInstant.of(c.modified())).toList();
            Fates fates = new Fates(batch, instants, held);
            written = rows.write(batch, instants, fates, share.id(), tx);
            Accounting.record(batch, fates, written.refused(), share);
        }
        ImportReport snapshot = share.snapshot(ImportStatus.RUNNING);
        imports.saveShare(share.id(), segment.batch, snapshot);
        if (written != null && written.storedRows()) {
            imports.linkWrite(share.id(), written.write());
            long position = rows.commitOrder(written);
            events.publishEvent(new IntelligenceChanged.VersionsAdded(position, share.id(), written.ids()));
        }
        return snapshot;
    }

    /** The positions of the batch to store, in order. */
    static List<Integer> added(Fates fates) {
        List<Integer> added = new ArrayList<>();
        for (int i = 0; i < fates.fates.length; i++) {
            if (fates.fates[i] instanceof Fates.Fate.Added) {
                added.add(i);
            }
        }
        return added;
    }
}
