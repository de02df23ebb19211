package org.sipar.intel;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sipar.sharing.Tlp;
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
                           List<Warning> warnings, List<String> notes, Sharing sharing) {

    public ImportReport {
        sharing = sharing == null ? Sharing.NONE : sharing;
        perType = perType == null ? Map.of() : perType;
        rejections = rejections == null ? List.of() : rejections;
        conflicts = conflicts == null ? List.of() : conflicts;
        warnings = warnings == null ? List.of() : warnings;
        notes = notes == null ? List.of() : notes;
    }

    /** A report without its sharing section (a queued import's, or one written before it existed). */
    public ImportReport(UUID id, ImportStatus status, String source, Instant startedAt, Instant finishedAt, long processed,
                        Map<String, Counts> perType, List<Rejection> rejections, List<Conflict> conflicts,
                        List<Warning> warnings, List<String> notes) {
        this(id, status, source, startedAt, finishedAt, processed, perType, rejections, conflicts, warnings, notes, null);
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

    /**
     * Who the import shared its objects with, and what they took: the level given to objects without a TLP marking of
     * their own ({@code unmarked}, null until the import started), the recipients named, the stored objects per level
     * (split into those that took the import's level and those that carried their own marking), and the objects
     * already held in the publisher's copy that arrived with another distribution than theirs ({@code redistributable},
     * their ids in {@code redistributableIds}, at most 10,000): the import did not change them, but their publisher
     * may apply the import's distribution to them (a redistribution, audited).
     */
    public record Sharing(Tlp unmarked, Set<UUID> organisations, Set<UUID> groups, Set<UUID> people,
                          Map<Tlp, TlpCount> perTlp, long redistributable, List<String> redistributableIds) {

        public static final Sharing NONE = new Sharing(null, Set.of(), Set.of(), Set.of(), Map.of(), 0, List.of());

        public Sharing {
            organisations = organisations == null ? Set.of() : Set.copyOf(organisations);
            groups = groups == null ? Set.of() : Set.copyOf(groups);
            people = people == null ? Set.of() : Set.copyOf(people);
            perTlp = perTlp == null ? Map.of() : Map.copyOf(perTlp);
            redistributableIds = redistributableIds == null ? List.of() : List.copyOf(redistributableIds);
        }
    }

    /** Objects stored at one level: {@code unmarked} took the import's level, {@code marked} carried their own marking. */
    public record TlpCount(long unmarked, long marked) {

        public TlpCount plus(TlpCount o) {
            return new TlpCount(unmarked + o.unmarked, marked + o.marked);
        }

        public long total() {
            return unmarked + marked;
        }
    }
}
