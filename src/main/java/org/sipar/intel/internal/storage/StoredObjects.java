package org.sipar.intel.internal.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sipar.intel.Change;
import org.sipar.intel.ChangePage;
import org.sipar.intel.IntelligenceChanged;
import org.sipar.intel.ObjectCounts;
import org.sipar.intel.ObjectPage;
import org.sipar.intel.ObjectQuery;
import org.sipar.intel.Redistribution;
import org.sipar.intel.StixRedaction;
import org.sipar.intel.StoredObject;
import org.sipar.intel.SystemRead;
import org.sipar.intel.VersionSelection;
import org.sipar.intel.internal.IntelSettings;
import org.sipar.platform.Audit;
import org.sipar.platform.InputRejected;
import org.sipar.platform.NotFound;
import org.sipar.sharing.Distribution;
import org.sipar.sharing.Reader;
import org.sipar.sharing.SharingPolicy;
import org.sipar.sharing.Tlp;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Storage's one entry: reads the stored versions under the sharing policy, and deletes them. */
@Component
public class StoredObjects {

    /**
     * Counting stops after this many rows (the list then says "at least"): counting reads every row it counts,
     * and 100,000 visible objects took 0.4–1 s on the project's machine, where 10,000 take a tenth of that
     * (docs/benchmarks.md). A bigger store is then not slowed further.
     */
    static final int COUNT_CAP = 10_000;

    private final JdbcClient jdbc;
    private final SharingPolicy policy;
    private final Redactions redactions;
    private final PageReader pages;
    private final FacetCounts counts;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Audit audit;
    private final ChangeLog changes;
    private final WriteLog writes;
    private final Redistributor redistributor;

    StoredObjects(JdbcClient jdbc, SharingPolicy policy, StixRedaction redaction, IntelSettings settings,
                  TransactionTemplate transaction, ApplicationEventPublisher events, Audit audit) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.redactions = new Redactions(jdbc, redaction);
        this.pages = new PageReader(jdbc, policy, redactions, settings.maxPageBytes());
        this.counts = new FacetCounts(jdbc, policy, redactions, COUNT_CAP);
        this.transaction = transaction;
        this.events = events;
        this.audit = audit;
        this.changes = new ChangeLog(jdbc);
        this.writes = new WriteLog(jdbc);
        this.redistributor = new Redistributor(jdbc, writes);
    }

    /** The distribution of the reader's organisation's copy of {@code id}, if it holds one. */
    public Optional<Redistribution.Held> held(Reader reader, String id) {
        List<Redistributor.Version> versions = reader.member() ? redistributor.versions(id, reader.organisationId()) : List.of();
        return versions.isEmpty() ? Optional.empty() : Optional.of(new Redistribution.Held(id, versions.getLast().type(),
                versions.getLast().distribution(), versions.getLast().ownMarking(), versions.size()));
    }

    /**
     * Changes the distribution of the reader's organisation's copy of the object, in one write (see {@link Redistributor}),
     * and records it in the audit trail with the distribution before and after and the reason.
     *
     * @throws NotFound when the organisation holds no copy of the object
     * @throws InputRejected without a reason, or with a level that contradicts a version's own TLP marking
     */
    public Redistribution.Outcome redistribute(Reader reader, Redistribution change) {
        String reason = Reasons.checked(change.reason());
        if (!reader.member()) {
            throw new NotFound("object", change.id());
        }
        Redistribution.Outcome outcome = transaction.execute(tx -> redistributed(reader, change));
        audit.record("intel.redistribute", change.id(), Map.of("before", Reasons.described(outcome.before()),
                "after", Reasons.described(outcome.after()), "reason", reason, "versions", outcome.versions()));
        return outcome;
    }

    private Redistribution.Outcome redistributed(Reader reader, Redistribution change) {
        List<Redistributor.Version> versions = redistributor.lock(change.id(), reader.organisationId());
        if (versions.isEmpty()) {
            throw new NotFound("object", change.id());
        }
        Redistributor.contradiction(versions, change.tlp()).ifPresent(refusal -> {
            throw refusal;
        });
        Distribution before = versions.getLast().distribution();
        Distribution after = Redistributor.after(versions.getLast(), change);
        if (versions.stream().allMatch(v -> Redistributor.after(v, change).equals(v.distribution()))) {
            return new Redistribution.Outcome(change.id(), before, after, 0, 0);
        }
        long position = redistributor.write(change.id(), reader.organisationId(), reader.personId(), versions, change);
        events.publishEvent(new IntelligenceChanged.Redistributed(position, change.id(), reader.organisationId(), versions.size()));
        return new Redistribution.Outcome(change.id(), before, after, versions.size(), position);
    }

    /** One page of the versions matching {@code query} that {@code reader} may see. */
    public ObjectPage objects(Reader reader, ObjectQuery query) {
        return pages.read(reader, query);
    }

    /** How many objects matching {@code query} {@code reader} may see, in all and per type and TLP level. */
    public ObjectCounts counts(Reader reader, ObjectQuery query) {
        return counts.count(reader, query);
    }

    /** The latest visible versions of the relationships from or to object {@code id}. */
    public List<StoredObject> relationships(Reader reader, String id) {
        SharingPolicy.Condition visible = policy.condition(reader, "o");
        SharingPolicy.Condition newer = policy.condition(reader, "n");
        SharingPolicy.Condition copies = policy.condition(reader, "p");
        return redactions.apply(reader, jdbc.sql("select o.seq, " + ObjectSql.POSITION + " as position, o.id, o.type, o.spec_version, o.modified, "
                        + ObjectSql.DATE_ADDED + " as date_added, o.tlp, o.pap, o.revoked, o.object::text as json"
                        + " from " + ObjectSql.ROWS + " where o.type = 'relationship'"
                        + " and (o.object ->> 'source_ref' = :ref or o.object ->> 'target_ref' = :ref) and " + visible.sql()
                        + " and " + ObjectSql.latestOfCopy(newer.sql()) + " and " + ObjectSql.preferredCopy(copies.sql())
                        + " order by w.position, o.write_index limit 500")
                .param("ref", id).param("copy_org", reader.organisationId()).params(visible.params())
                .query(StoredObjects::stored).list(), false);
    }

    /**
     * Deletes what {@code selection} finds for {@code reader} and the reader's organisation published (any, for a
     * hub administrator), leaving a tombstone of each deleted version in the change log, in one write.
     */
    public int delete(Reader reader, boolean hubAdmin, ObjectQuery selection) {
        if (!reader.member()) {
            return 0;
        }
        List<Long> seqs = selected(reader, selection);
        // Selection follows what the reader sees, so first/last mean the same here as when reading.
        int deleted = seqs.isEmpty() ? 0 : transaction.execute(tx -> tombstones(reader, hubAdmin, seqs));
        audit.record("intel.object.delete", String.join(",", selection.ids()),
                Map.of("versions", selection.versions().stream().map(VersionSelection::text).toList(), "deleted", deleted));
        return deleted;
    }

    private int tombstones(Reader reader, boolean hubAdmin, List<Long> seqs) {
        long write = writes.newWrite();
        List<String> ids = jdbc.sql("""
                        with gone as (delete from intel_objects where seq = any(:seqs) and (:hub or publisher_org = :org)
                                      returning *)
                        insert into intel_tombstones (write_id, write_index, id, type, spec_version, modified, tlp,
                            publisher_org, publisher_person, recipient_orgs, recipient_groups, recipient_people, deleted_by)
                        select :write, (row_number() over (order by seq) - 1)::int, id, type, spec_version, modified, tlp,
                            publisher_org, publisher_person, recipient_orgs, recipient_groups, recipient_people, :person
                        from gone returning id""")
                .param("seqs", seqs.toArray(Long[]::new)).param("hub", hubAdmin).param("org", reader.organisationId())
                .param("write", write).param("person", reader.personId())
                .query(String.class).list();
        if (!ids.isEmpty()) {
            long position = writes.commitOrder(write, ids.size() - 1, ids.size());
            events.publishEvent(new IntelligenceChanged.VersionsDeleted(position, ids.stream().distinct().toList(), ids.size()));
        }
        return ids.size();
    }

    /**
     * Up to {@code limit} changes after cursor {@code after} that {@code reader} may see, granular markings applied.
     * A version whose required part is hidden is skipped as if absent: the page's "more" and "next" follow what is shown.
     */
    public ChangePage changes(Reader reader, long after, int limit, ObjectQuery.Scope scope) {
        ChangeLog.Filter readable = ChangeLog.Filter.readableBy(policy, reader).within(scope);
        List<Change> shown = new ArrayList<>();
        long cursor = after;
        while (true) {
            List<ChangeLog.Entry> found = changes.read(cursor, limit + 1, readable);
            for (Change change : redacted(reader, found)) {
                if (shown.size() == limit) {
                    return new ChangePage(shown, true, shown.getLast().position());
                }
                shown.add(change);
            }
            if (found.size() <= limit) {
                return new ChangePage(shown, false, shown.isEmpty() ? after : shown.getLast().position());
            }
            cursor = found.getLast().change().position();
        }
    }

    private List<Change> redacted(Reader reader, List<ChangeLog.Entry> entries) {
        List<StoredObject> versions = entries.stream().map(ChangeLog.Entry::change)
                .flatMap(c -> c instanceof Change.Added added ? Stream.of(added.version()) : Stream.empty()).toList();
        Map<Long, StoredObject> parts = redactions.apply(reader, versions, false).stream()
                .collect(Collectors.toMap(StoredObject::position, v -> v));
        List<Change> visible = new ArrayList<>(entries.size());
        for (ChangeLog.Entry entry : entries) {
            if (!(entry.change() instanceof Change.Added)) {
                visible.add(entry.change()); // a tombstone carries no content to cut
            } else if (parts.containsKey(entry.change().position())) {
                visible.add(((Change.Added) entry.change()).with(parts.get(entry.change().position())));
            }
        }
        return visible;
    }

    /** The cursor after every row of the last committed write (the clock holds the last position given). */
    public long head() {
        long position = jdbc.sql("select position from intel_write_clock").query(Long.class).single();
        return WriteLog.cursor(position, (int) (WriteLog.INDEXES - 1));
    }

    /** Up to {@code limit} changes after {@code after} of objects of {@code types}, past the policy (see {@link SystemRead}). */
    public List<SystemRead.Held> systemChanges(long after, int limit, List<String> types) {
        return changes.read(after, limit, ChangeLog.Filter.types(types)).stream()
                .map(entry -> new SystemRead.Held(entry.change(), entry.distribution())).toList();
    }

    private List<Long> selected(Reader reader, ObjectQuery selection) {
        List<Long> seqs = new ArrayList<>();
        ObjectPage page = new ObjectPage(List.of(), true, 0);
        while (page.more()) {
            page = objects(reader, selection.withAfterSeq(page.nextSeq()).withLimit(1000));
            page.objects().forEach(o -> seqs.add(o.seq()));
        }
        return seqs;
    }

    static StoredObject stored(ResultSet rs, int row) throws SQLException {
        return new StoredObject(rs.getLong("seq"), rs.getLong("position"), rs.getString("id"), rs.getString("type"),
                rs.getString("spec_version"), rs.getString("modified"), rs.getTimestamp("date_added").toInstant(),
                Tlp.valueOf(rs.getString("tlp")), rs.getString("pap"), rs.getBoolean("revoked"), rs.getString("json"));
    }
}
