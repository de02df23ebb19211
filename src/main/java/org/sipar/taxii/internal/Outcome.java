package org.sipar.taxii.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sipar.intel.ImportReport;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where each object of an added envelope stands, worked out from the import's report: the objects it has
 * processed are successes (stored, or already there) or failures (rejected, with the reasons); the rest are
 * pending while it runs, or failures with {@code unreached} as their message once it is over.
 * Every object is in exactly one list, so the counts always add up to the total.
 */
record Outcome(List<ObjectNode> successes, List<ObjectNode> failures, List<ObjectNode> pendings) {

    /**
     * @param objects the envelope's entries (id and version), in the order sent
     * @param report the import's report as far as it has got, or null when it has not saved one yet
     * @param unreached the message of objects the import did not reach, or null while they are still pending
     */
    static Outcome of(List<ObjectNode> objects, ImportReport report, String unreached) {
        long processed = report == null ? 0 : Math.min(report.processed(), objects.size());
        Map<Long, String> rejected = new HashMap<>();
        if (report != null) {
            // A STIX 2.0 observed-data can be rejected for each observable lifted out of it: one failure, all reasons.
            report.rejections().forEach(r -> rejected.merge(r.index(), String.join("; ", r.reasons()),
                    (a, b) -> a + "; " + b));
            // A conflicting version was not stored: the server holds another content under that id and version.
            report.conflicts().forEach(c -> rejected.merge(c.index(), "version " + c.modified() + " of " + c.id()
                    + " is held already with other content (" + String.join(", ", c.differences()) + " differ); the held one stays",
                    (a, b) -> a + "; " + b));
        }
        List<ObjectNode> successes = new ArrayList<>();
        List<ObjectNode> failures = new ArrayList<>();
        List<ObjectNode> pendings = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            ObjectNode entry = objects.get(i);
            if (i < processed) {
                String reason = rejected.get((long) i);
                if (reason == null) {
                    successes.add(entry);
                } else {
                    failures.add(failure(entry, reason));
                }
            } else if (unreached != null) {
                failures.add(failure(entry, unreached));
            } else {
                pendings.add(entry);
            }
        }
        return new Outcome(successes, failures, pendings);
    }

    /** The message for objects a finished import did not reach: its notes say why when it broke off. */
    static String unreached(ImportReport report) {
        String notes = String.join("; ", report.notes());
        return "The import ended before reaching this object" + (notes.isEmpty() ? "" : ": " + notes);
    }

    private static ObjectNode failure(ObjectNode entry, String message) {
        ObjectNode failure = entry.deepCopy();
        failure.put("message", message);
        return failure;
    }
}
