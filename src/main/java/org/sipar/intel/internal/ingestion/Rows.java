package org.sipar.intel.internal.ingestion;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.sipar.intel.internal.storage.WriteLog;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionStatus;

/**
 * Stores the versions a batch adds. Should PostgreSQL refuse one (a value the checks let through but the
 * database cannot hold), the {@code COPY} is rolled back to a savepoint and the batch is halved until the
 * object is found: it alone is rejected with the database's reason, and the rest are stored. The checks are
 * meant to leave nothing for this to find; it is what keeps one object from losing a whole import if they miss one.
 */
final class Rows {

    /** An object the database refused: its position in the batch and why. */
    record Refused(int position, String reason) {
    }

    /** Where rows go: their import and their write. */
    private record Target(UUID importId, long write) {
    }

    private final VersionRows versions;
    private final WriteLog log;
    private final Clock clock;

    Rows(VersionRows versions, WriteLog log, Clock clock) {
        this.versions = versions;
        this.log = log;
        this.clock = clock;
    }

    /**
     * What a batch stored: the objects the database refused, and the write its rows went into (their highest index,
     * and the ids stored, none when it stored no rows).
     */
    record Written(List<Refused> refused, long write, int lastIndex, List<String> ids) {

        boolean storedRows() {
            return !ids.isEmpty();
        }
    }

    Written write(List<CheckedObject> batch, List<Instant> instants, Fates fates, UUID importId, TransactionStatus tx) {
        List<Integer> added = BatchWriter.added(fates);
        List<Refused> refused = new ArrayList<>();
        long write = -1;
        List<Integer> stored = List.of();
        if (!added.isEmpty()) {
            write = log.newWrite();
            isolate(added, batch, instants, fates, new Target(importId, write), tx, refused);
            java.util.Set<Integer> refusedAt = new java.util.HashSet<>();
            refused.forEach(r -> refusedAt.add(r.position()));
            stored = added.stream().filter(i -> !refusedAt.contains(i)).toList();
        }
        versions.markSuperseded(fates.versioned);
        versions.markCopied(fates.newCopies);
        return new Written(refused, write, stored.isEmpty() ? -1 : stored.getLast(),
                stored.stream().map(i -> batch.get(i).id()).toList());
    }

    /**
     * Gives a write that stored rows its position in commit order ({@link WriteLog}): the transaction's last
     * statement, so that the lock it takes is held as briefly as can be. Returns the position.
     */
    long commitOrder(Written written) {
        return log.commitOrder(written.write(), written.lastIndex(), written.ids().size());
    }

    private void isolate(List<Integer> positions, List<CheckedObject> batch, List<Instant> instants, Fates fates,
                         Target target, TransactionStatus tx, List<Refused> refused) {
        Object savepoint = tx.createSavepoint();
        try {
            versions.copy(rows(positions, batch, instants, fates), target.importId(), clock.instant(), target.write());
            tx.releaseSavepoint(savepoint);
        } catch (DataAccessException e) {
            String reason = refusal(e);
            if (reason == null) {
                throw e;
            }
            tx.rollbackToSavepoint(savepoint);
            if (positions.size() == 1) {
                refused.add(new Refused(positions.getFirst(), "the database cannot store this object: " + reason));
                return;
            }
            int half = positions.size() / 2;
            isolate(positions.subList(0, half), batch, instants, fates, target, tx, refused);
            isolate(positions.subList(half, positions.size()), batch, instants, fates, target, tx, refused);
        }
    }

    private static List<VersionRows.Row> rows(List<Integer> positions, List<CheckedObject> batch, List<Instant> instants, Fates fates) {
        List<VersionRows.Row> rows = new ArrayList<>(positions.size());
        for (int i : positions) {
            Fates.Fate.Added added = (Fates.Fate.Added) fates.fates[i];
            rows.add(new VersionRows.Row(batch.get(i), instants.get(i), added.rank(), added.copied(), i));
        }
        return rows;
    }

    /**
     * The database's message when it refused a value (SQL states of class 22, data exception; 54, a program
     * limit such as the size of a search vector; 23514, a check), with the line and context it adds removed;
     * null for any other failure, which is not the object's fault.
     */
    static String refusal(DataAccessException e) {
        if (!(NestedExceptionUtils.getMostSpecificCause(e) instanceof SQLException sql) || sql.getSQLState() == null) {
            return null;
        }
        String state = sql.getSQLState();
        if (!state.startsWith("22") && !state.startsWith("54") && !state.equals("23514")) {
            return null;
        }
        String message = sql.getMessage() == null ? state : sql.getMessage();
        message = message.replaceFirst("^ERROR: ", "");
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
