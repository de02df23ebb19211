package org.sipar.intel.internal.ingestion;

import java.util.ArrayList;
import java.util.List;

/**
 * A stretch of the input between two batch cuts: the objects to write, the ones rejected, how many were
 * read, and any notes. The reading thread fills it; the writing thread accounts for it all at once, in the
 * same transaction as the objects, so the saved report never runs ahead of what is stored.
 */
final class Batch {

    record Rejected(String type, long index, String id, List<String> reasons) {
    }

    final List<CheckedObject> candidates = new ArrayList<>();
    final List<Rejected> rejected = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    long read;
    /** The segment's place in its import, from 0: the key of its share of the report. */
    int batch;

    void applyTo(ReportBuilder report) {
        report.read(read);
        rejected.forEach(r -> report.reject(r.type(), r.index(), r.id(), r.reasons()));
        notes.forEach(report::note);
    }
}
