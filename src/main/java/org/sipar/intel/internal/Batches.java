package org.sipar.intel.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sipar.intel.ImportReport;
import org.sipar.intel.ImportReport.Counts;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a batch of checked objects and the report that accounts for them in one transaction, so that a
 * crash leaves either both or neither. One query first finds which versions of the batch's objects are
 * stored already (to count them as duplicates, and to refuse new versions of revoked objects); the new
 * versions then go in with one {@code COPY}, the cheapest way into PostgreSQL. A version stored by another
 * import in the meantime makes the {@code COPY} fail on the unique (id, modified) constraint: the batch is
 * then written again with {@code insert ... on conflict do nothing}, which counts it as a duplicate.
 */
@Component
class Batches {


    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Imports imports;
    private final VersionRows rows;

    Batches(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transaction, Imports imports, JsonMapper json) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.imports = imports;
        this.rows = new VersionRows(jdbc, template, json);
    }

    /** Stores a segment and accounts for it in the report when its turn comes, all in one transaction. */
    void write(Segment segment, ReportBuilder report, String status, Turn turn) {
        try {
            try {
                transaction.executeWithoutResult(tx -> store(segment, report, status, true, turn));
            } catch (DuplicateKeyException raced) {
                // Another import stored one of these versions after we looked: no row of this batch was kept.
                transaction.executeWithoutResult(tx -> store(segment, report, status, false, turn));
            }
        } catch (RuntimeException | Error e) {
            turn.failed(e);
            throw e;
        }
    }

    /** What became of each candidate of a batch. */
    private enum Fate { ADDED, DUPLICATE, REVOKED }

    private void store(Segment segment, ReportBuilder report, String status, boolean copy, Turn turn) {
        List<Candidate> batch = segment.candidates;
        Fate[] fates = new Fate[batch.size()];
        Set<String> versioned = new HashSet<>();
        List<Integer> fresh = sort(batch, fates, versioned);
        List<Candidate> copied = new ArrayList<>(fresh.size());
        List<Integer> unversioned = new ArrayList<>();
        for (int i : fresh) {
            if (copy && !batch.get(i).modified().isEmpty()) {
                copied.add(batch.get(i));
            } else {
                unversioned.add(i);
            }
        }
        if (!copied.isEmpty()) {
            rows.copy(copied, report.id());
        }
        if (!unversioned.isEmpty()) {
            // Without a version the time of storing stands in for one, which only the database can give; and
            // after a race this statement skips what another import stored meanwhile.
            Set<String> inserted = rows.insert(unversioned.stream().map(batch::get).toList(), report.id());
            for (int i : unversioned) {
                if (!inserted.remove(batch.get(i).id() + "|" + batch.get(i).modified())) {
                    fates[i] = Fate.DUPLICATE;
                }
            }
        }
        markSuperseded(versioned);
        // The report changes only once the objects are in, so a batch written again is not counted twice;
        // and only after the batch before it was accounted for.
        long previous = turn.awaitPrevious();
        ImportReport snapshot;
        synchronized (report) {
            account(segment, fates, report);
            snapshot = report.snapshot(status);
        }
        imports.save(snapshot, previous);
        turn.accounted(snapshot.processed());
    }

    private static void account(Segment segment, Fate[] fates, ReportBuilder report) {
        List<Candidate> batch = segment.candidates;
        segment.applyTo(report);
        for (int i = 0; i < batch.size(); i++) {
            Candidate c = batch.get(i);
            switch (fates[i]) {
                case REVOKED -> report.reject(c.type(), c.index(), c.id(),
                        List.of("the object was revoked; STIX accepts no later versions of it"));
                case ADDED -> report.count(c.type(), new Counts(1, 0, c.upgraded() ? 1 : 0, 0, c.warnings()));
                case DUPLICATE -> report.count(c.type(), new Counts(0, 1, 0, 0, c.warnings()));
            }
        }
    }

    /**
     * Keeps the {@code superseded} flag (see V7__taxii_reads.sql) true on every version that has a newer one,
     * for the objects that now have more than one version. Most batches bring only new objects, and skip this.
     */
    private void markSuperseded(Set<String> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("""
                    update intel_objects o set superseded = true where o.id = any(:ids) and not o.superseded
                      and exists (select 1 from intel_objects n where n.id = o.id and n.modified_at > o.modified_at)""")
                    .param("ids", ids.toArray(String[]::new)).update();
        }
    }

    /**
     * Decides each candidate's fate from the versions stored already: a copy of a stored version (or of one
     * earlier in the batch) is a duplicate; a new version of an object already revoked is refused, as STIX
     * allows no version after revocation. Returns the positions of the candidates to store, in order, and adds
     * to {@code versioned} the ids of objects that will have several versions once they are stored.
     */
    private List<Integer> sort(List<Candidate> batch, Fate[] fates, Set<String> versioned) {
        List<Integer> fresh = new ArrayList<>(batch.size());
        if (batch.isEmpty()) {
            return fresh;
        }
        Map<String, Set<String>> stored = new HashMap<>();
        Set<String> revoked = new HashSet<>();
        jdbc.sql("select id, modified, revoked from intel_objects where id = any(:ids)")
                .param("ids", batch.stream().map(Candidate::id).distinct().toArray(String[]::new))
                .query(rs -> {
                    stored.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
                    if (rs.getBoolean(3)) {
                        revoked.add(rs.getString(1));
                    }
                });
        Set<String> seen = new HashSet<>();
        Set<String> firstVersion = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            Candidate c = batch.get(i);
            if (stored.getOrDefault(c.id(), Set.of()).contains(c.modified())) {
                fates[i] = Fate.DUPLICATE;
            } else if (revoked.contains(c.id())) {
                fates[i] = Fate.REVOKED;
            } else if (!seen.add(c.id() + "|" + c.modified())) {
                fates[i] = Fate.DUPLICATE; // of several copies of one version in a batch, the first is stored
            } else {
                fates[i] = Fate.ADDED;
                fresh.add(i);
                if (stored.containsKey(c.id()) || !firstVersion.add(c.id())) {
                    versioned.add(c.id());
                }
            }
        }
        return fresh;
    }
}
