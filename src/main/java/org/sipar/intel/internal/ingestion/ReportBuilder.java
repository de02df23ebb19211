package org.sipar.intel.internal.ingestion;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.sipar.intel.ImportReport.Conflict;
import org.sipar.intel.ImportReport.Counts;
import org.sipar.intel.ImportReport.Rejection;
import org.sipar.intel.ImportReport.Warning;
import org.sipar.intel.ImportReport;
import org.sipar.intel.ImportReport.Sharing;
import org.sipar.intel.ImportReport.TlpCount;
import org.sipar.intel.Publication;
import org.sipar.sharing.Tlp;
import java.util.EnumMap;
import org.sipar.intel.ImportStatus;

/**
 * Accumulates an import's report, or one batch's share of it: objects read, accepted, found duplicate,
 * conflicting or rejected, and the warnings. BatchWriter commit in any order, so the lists are sorted by the
 * objects' positions when a report is taken; each list keeps at most {@value #KEPT} entries and counts the rest.
 */
final class ReportBuilder {

    private static final int KEPT = 10_000;
    /** Warnings are many and mostly alike (an unknown vocabulary value repeated): fewer are kept, the rest counted. */
    static final int WARNINGS_KEPT = 1_000;

    private final UUID id;
    private final String source;
    private final Instant startedAt;
    private final Clock clock;
    private final Map<String, Counts> perType = new TreeMap<>();
    private final Kept<Rejection> rejections = new Kept<>("rejections");
    private final Kept<Conflict> conflicts = new Kept<>("conflicts");
    private final Kept<Warning> warnings;
    private final List<String> notes = new ArrayList<>();
    private final Map<Tlp, TlpCount> perTlp = new EnumMap<>(Tlp.class);
    private final Kept<String> redistributable = new Kept<>("objects with another distribution");
    private Sharing sharing = Sharing.NONE;
    private long processed;

    ReportBuilder(UUID id, String source, Clock clock) {
        this(id, source, clock.instant(), clock);
    }

    ReportBuilder(UUID id, String source, Instant startedAt, Clock clock) {
        this(id, source, startedAt, clock, WARNINGS_KEPT);
    }

    private ReportBuilder(UUID id, String source, Instant startedAt, Clock clock, int warningsKept) {
        this.warnings = new Kept<>("warnings", warningsKept);
        this.id = id;
        this.source = source;
        this.startedAt = startedAt;
        this.clock = clock;
    }

    /**
     * An empty report to collect one batch's share in. A share keeps every warning of its batch (bounded by the
     * batch size): the import's report, which absorbs the shares, is the one that keeps the first and counts the rest.
     */
    ReportBuilder share() {
        ReportBuilder share = new ReportBuilder(id, source, startedAt, clock, Integer.MAX_VALUE);
        share.sharing = sharing;
        return share;
    }

    /** Who the import shares with, and the level its unmarked objects take: the head of the report's sharing section. */
    ReportBuilder sharedAs(Publication publication, Tlp unmarked) {
        sharing = new Sharing(unmarked, publication.organisations(), publication.groups(), publication.people(),
                Map.of(), 0, List.of());
        return this;
    }

    /** An object was stored at level {@code tlp}, by its own marking or by the import's level. */
    void stored(Tlp tlp, boolean marked) {
        perTlp.merge(tlp, new TlpCount(marked ? 0 : 1, marked ? 1 : 0), TlpCount::plus);
    }

    /** An object already held arrived with another distribution than the held version's. */
    void redistributable(String objectId) {
        redistributable.add(objectId);
    }

    UUID id() {
        return id;
    }

    void read(long objects) {
        processed += objects;
    }

    void count(String type, Counts delta) {
        perType.merge(type, delta, Counts::plus);
    }

    void reject(String type, long index, String objectId, List<String> reasons) {
        count(type, new Counts(0, 0, 0, 1, 0, 0));
        rejections.add(new Rejection(index, objectId, List.copyOf(reasons)));
    }

    void conflict(String type, Conflict conflict) {
        count(type, new Counts(0, 0, 0, 0, 0, 1));
        conflicts.add(conflict);
    }

    void warn(String type, long index, String objectId, List<String> messages) {
        if (!messages.isEmpty()) {
            warnings.add(new Warning(index, objectId, List.copyOf(messages), type));
        }
    }

    void note(String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    /** Adds a batch's share (as {@link #snapshot} gave it) to this report. */
    void absorb(ImportReport share) {
        processed += share.processed();
        share.perType().forEach(this::count);
        share.rejections().forEach(rejections::add);
        share.conflicts().forEach(conflicts::add);
        share.warnings().forEach(warnings::add);
        share.notes().forEach(this::note);
        if (sharing.unmarked() == null && share.sharing().unmarked() != null) {
            sharing = share.sharing();
        }
        share.sharing().perTlp().forEach((tlp, count) -> perTlp.merge(tlp, count, TlpCount::plus));
        share.sharing().redistributableIds().forEach(redistributable::add);
        redistributable.omitted += share.sharing().redistributable() - share.sharing().redistributableIds().size();
    }

    ImportReport snapshot(ImportStatus status) {
        List<String> allNotes = new ArrayList<>(notes);
        rejections.omitted().ifPresent(allNotes::add);
        conflicts.omitted().ifPresent(allNotes::add);
        warnings.omitted().ifPresent(allNotes::add);
        return new ImportReport(id, status, source, startedAt, status.finished() ? clock.instant() : null,
                processed, Map.copyOf(perType), rejections.sorted(Rejection::index), conflicts.sorted(Conflict::index),
                warnings.sorted(Warning::index), allNotes, sharingSection());
    }

    private Sharing sharingSection() {
        List<String> ids = redistributable.entries.stream().distinct().toList();
        return new Sharing(sharing.unmarked(), sharing.organisations(), sharing.groups(), sharing.people(), perTlp,
                ids.size() + redistributable.omitted, ids);
    }

    /** A list that keeps its first entries and counts the others. */
    private static final class Kept<T> {
        private final String name;
        private final List<T> entries = new ArrayList<>();
        private long omitted;

        private final int limit;

        Kept(String name) {
            this(name, KEPT);
        }

        Kept(String name, int limit) {
            this.name = name;
            this.limit = limit;
        }

        void add(T entry) {
            if (entries.size() < limit) {
                entries.add(entry);
            } else {
                omitted++;
            }
        }

        List<T> sorted(java.util.function.ToLongFunction<T> index) {
            return entries.stream().sorted(Comparator.comparingLong(index)).toList();
        }

        java.util.Optional<String> omitted() {
            return omitted == 0 ? java.util.Optional.empty()
                    : java.util.Optional.of(omitted + " further " + name + " are counted but not listed");
        }
    }
}
