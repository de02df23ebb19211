package org.sipar.intel.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.sipar.intel.ImportReport;
import org.sipar.intel.ImportReport.Counts;

/** Accumulates an import's report as objects are read, accepted, found duplicate or rejected. */
final class ReportBuilder {

    private static final int MAX_REJECTIONS_KEPT = 10_000;

    private final UUID id;
    private final String source;
    private final Instant startedAt = Instant.now();
    private final Map<String, Counts> perType = new TreeMap<>();
    private final List<ImportReport.Rejection> rejections = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private long processed;
    private long rejectionsOmitted;

    ReportBuilder(UUID id, String source) {
        this.id = id;
        this.source = source;
    }

    UUID id() {
        return id;
    }

    void read() {
        processed++;
    }

    void count(String type, Counts delta) {
        perType.merge(type, delta, Counts::plus);
    }

    void reject(String type, long index, String objectId, List<String> reasons) {
        count(type, new Counts(0, 0, 0, 1, 0));
        if (rejections.size() < MAX_REJECTIONS_KEPT) {
            rejections.add(new ImportReport.Rejection(index, objectId, List.copyOf(reasons)));
        } else {
            rejectionsOmitted++;
        }
    }

    void note(String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    ImportReport snapshot(String status) {
        List<String> allNotes = new ArrayList<>(notes);
        if (rejectionsOmitted > 0) {
            allNotes.add(rejectionsOmitted + " further rejections are counted but not listed");
        }
        return new ImportReport(id, status, source, startedAt, "running".equals(status) ? null : Instant.now(),
                processed, Map.copyOf(perType), List.copyOf(rejections), allNotes);
    }
}
