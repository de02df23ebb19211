package org.sipar.intel;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What became of every object of one import: counts per STIX type, and each rejected object with its
 * reasons. Nothing is dropped without a line here.
 *
 * @param status {@code running}, {@code complete}, or {@code failed} (the input broke off; what came before stays)
 * @param processed how many objects were read so far
 */
public record ImportReport(UUID id, String status, String source, Instant startedAt, Instant finishedAt, long processed,
                           Map<String, Counts> perType, List<Rejection> rejections, List<String> notes) {

    /** Totals over all types. */
    public Counts totals() {
        return perType.values().stream().reduce(new Counts(0, 0, 0, 0, 0), Counts::plus);
    }

    /** Outcomes for one type; {@code upgraded} counts STIX 2.0 objects accepted as 2.1. */
    public record Counts(long accepted, long duplicate, long upgraded, long rejected, long warnings) {

        /** The sum of two counts. */
        public Counts plus(Counts o) {
            return new Counts(accepted + o.accepted, duplicate + o.duplicate, upgraded + o.upgraded,
                    rejected + o.rejected, warnings + o.warnings);
        }
    }

    /** A rejected object: its position in the input, its id if it had one, and why. */
    public record Rejection(long index, String id, List<String> reasons) {
    }
}
