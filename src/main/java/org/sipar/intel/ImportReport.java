package org.sipar.intel;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What became of every object of one import: counts per STIX type, each rejected object with its reasons,
 * each conflict (a version already held with other content) with what differs, and each warning with its
 * object. Nothing is dropped without a line here.
 *
 * @param status {@code queued}, {@code running}, {@code complete}, or {@code failed} (the input broke off, or the
 *               import could not go on; what came before stays)
 * @param startedAt when the import started, null while it is queued
 * @param processed how many objects were read so far (while running: by the batches committed so far)
 */
public record ImportReport(UUID id, ImportStatus status, String source, Instant startedAt, Instant finishedAt, long processed,
                           Map<String, Counts> perType, List<Rejection> rejections, List<Conflict> conflicts,
                           List<Warning> warnings, List<String> notes) {

    public ImportReport {
        perType = perType == null ? Map.of() : perType;
        rejections = rejections == null ? List.of() : rejections;
        conflicts = conflicts == null ? List.of() : conflicts;
        warnings = warnings == null ? List.of() : warnings;
        notes = notes == null ? List.of() : notes;
    }

    /** Totals over all types. */
    public Counts totals() {
        return perType.values().stream().reduce(Counts.NONE, Counts::plus);
    }

    /**
     * Outcomes for one type; {@code upgraded} counts STIX 2.0 objects accepted as 2.1; {@code conflicting} counts
     * versions not stored because the same version was held already with other content (STIX: the first stays).
     */
    public record Counts(long accepted, long duplicate, long upgraded, long rejected, long warnings, long conflicting) {

        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0);

        /** The sum of two counts. */
        public Counts plus(Counts o) {
            return new Counts(accepted + o.accepted, duplicate + o.duplicate, upgraded + o.upgraded,
                    rejected + o.rejected, warnings + o.warnings, conflicting + o.conflicting);
        }
    }

    /** A rejected object: its position in the input, its id if it had one, and why. */
    public record Rejection(long index, String id, List<String> reasons) {
    }

    /**
     * A version already held (stored before, or earlier in this import) with other content: the held one stays.
     *
     * @param differences the top-level properties whose values differ, or are present in one only
     */
    public record Conflict(long index, String id, String modified, List<String> differences) {
    }

    /**
     * The warnings about one object, stored or found a duplicate, each naming the property.
     *
     * @param type the object's STIX type (null in reports saved before it was kept)
     */
    public record Warning(long index, String id, List<String> messages, String type) {
    }
}
