package org.sipar.intel.internal.ingestion;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sipar.intel.ImportReport.Conflict;
import org.sipar.intel.ImportReport.Counts;

/** What each object of a batch counts for in the import's report, once its fate is decided and the batch written. */
final class Accounting {

    private Accounting() {
    }

    /** Counts each object of a stored batch in its share of the report: refused by the database, or by its fate. */
    static void record(List<CheckedObject> batch, Fates fates, List<Rows.Refused> refused, ReportBuilder share) {
        Set<Integer> refusedAt = new HashSet<>();
        for (Rows.Refused r : refused) {
            refusedAt.add(r.position());
            CheckedObject c = batch.get(r.position());
            share.reject(c.type(), c.index(), c.id(), List.of(r.reason()));
        }
        for (int i = 0; i < batch.size(); i++) {
            if (!refusedAt.contains(i)) {
                account(batch.get(i), fates.fates[i], share);
                sharing(batch.get(i), fates, i, share);
            }
        }
    }

    /** What the object counts for in the report's sharing section: its level when stored, or another distribution. */
    private static void sharing(CheckedObject c, Fates fates, int i, ReportBuilder share) {
        if (fates.fates[i] instanceof Fates.Fate.Added) {
            share.stored(c.distribution().tlp(), Markings.tlp(c.object()).isPresent());
        } else if (fates.otherDistribution.contains(i)) {
            share.redistributable(c.id());
        }
    }

    private static void account(CheckedObject c, Fates.Fate fate, ReportBuilder share) {
        int warnings = c.warnings().size();
        switch (fate) {
            case Fates.Fate.Added a -> {
                share.count(c.type(), new Counts(1, 0, c.upgraded() ? 1 : 0, 0, warnings, 0));
                share.warn(c.type(), c.index(), c.id(), c.warnings());
            }
            case Fates.Fate.Duplicate d -> { // counted and, like a stored object's, kept with their object
                share.count(c.type(), new Counts(0, 1, 0, 0, warnings, 0));
                share.warn(c.type(), c.index(), c.id(), c.warnings());
            }
            case Fates.Fate.Conflict k -> share.conflict(c.type(), new Conflict(c.index(), c.id(), c.modified(), k.differences()));
            case Fates.Fate.AfterRevocation r -> share.reject(c.type(), c.index(), c.id(), List.of("version " + c.modified()
                    + " comes after version " + r.revokedAt() + ", which revoked the object; STIX accepts no later versions of it"));
            case Fates.Fate.RevokesBeforeLater r -> share.reject(c.type(), c.index(), c.id(), List.of("version " + c.modified()
                    + " revokes the object, but a later version " + r.later() + " is held; STIX allows no version after a revocation"));
        }
    }
}
