package org.sipar.intel.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.sipar.intel.Distribution;
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

    private static final String INSERT = """
            insert into intel_objects (id, type, spec_version, modified, modified_at, revoked, tlp, publisher_org,
                publisher_person, recipient_orgs, recipient_groups, recipient_people, pap, labels, import_id, object)
            select u.id, u.type, u.spec_version, u.modified, coalesce(cast(nullif(u.modified, '') as timestamptz), clock_timestamp()),
                coalesce((u.object ->> 'revoked')::boolean, false), u.tlp, :publisher_org, :publisher_person,
                cast(:orgs as uuid[]), cast(:groups as uuid[]), cast(:people as uuid[]), u.pap,
                case when jsonb_typeof(u.object -> 'labels') = 'array'
                     then array(select jsonb_array_elements_text(u.object -> 'labels')) else '{}' end,
                :import_id, u.object
            from unnest(cast(:ids as text[]), cast(:types as text[]), cast(:spec_versions as text[]),
                        cast(:modifieds as text[]), cast(:tlps as text[]), cast(:paps as text[]), cast(:objects as jsonb[]))
                 as u(id, type, spec_version, modified, tlp, pap, object)
            on conflict (id, modified) do nothing
            returning id || '|' || modified""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transaction;
    private final Imports imports;
    private final JsonMapper json;

    Batches(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transaction, Imports imports, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.transaction = transaction;
        this.imports = imports;
        this.json = json;
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
            copy(copied, report.id());
        }
        if (!unversioned.isEmpty()) {
            // Without a version the time of storing stands in for one, which only the database can give; and
            // after a race this statement skips what another import stored meanwhile.
            Set<String> inserted = insert(unversioned.stream().map(batch::get).toList(), report.id());
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

    private void copy(List<Candidate> batch, UUID importId) {
        CopyRows rows = new CopyRows(batch.size() * 600);
        Distribution d = batch.getFirst().distribution();
        String publisherOrg = d.publisherOrganisation() == null ? null : d.publisherOrganisation().toString();
        String publisherPerson = d.publisherPerson() == null ? null : d.publisherPerson().toString();
        String orgs = CopyRows.array(d.organisations().stream().map(UUID::toString).toList());
        String groups = CopyRows.array(d.groups().stream().map(UUID::toString).toList());
        String people = CopyRows.array(d.people().stream().map(UUID::toString).toList());
        String importText = importId.toString();
        for (Candidate c : batch) {
            rows.field(c.id()).field(c.type()).field(c.object().path("spec_version").asString("2.1"))
                    .field(c.modified()).field(c.modified()) // modified_at: PostgreSQL reads the text as it would cast it
                    .field(c.object().path("revoked").asBoolean(false) ? "t" : "f")
                    .field(c.distribution().tlp().name()).field(publisherOrg).field(publisherPerson)
                    .field(orgs).field(groups).field(people).field(c.pap())
                    .field(CopyRows.array(labels(c)))
                    .field(importText).last(json.writeValueAsString(c.object()));
        }
        template.execute((java.sql.Connection connection) -> {
            var in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy intel_objects (id, type, spec_version, modified, modified_at, revoked, tlp, publisher_org,
                        publisher_person, recipient_orgs, recipient_groups, recipient_people, pap, labels, import_id, object)
                    from stdin""");
            try {
                in.writeToCopy(rows.bytes(), 0, rows.length());
                return in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
        });
    }

    /** The labels as stored for searching: a list of strings (the checks make sure it is one), or none. */
    private static List<String> labels(Candidate c) {
        var labels = c.object().path("labels");
        if (!labels.isArray() || labels.isEmpty()) {
            return List.of();
        }
        List<String> values = new ArrayList<>(labels.size());
        labels.forEach(label -> values.add(label.asString()));
        return values;
    }

    private Set<String> insert(List<Candidate> batch, UUID importId) {
        int n = batch.size();
        String[] ids = new String[n], types = new String[n], versions = new String[n], modifieds = new String[n];
        String[] tlps = new String[n], paps = new String[n], objects = new String[n];
        for (int i = 0; i < n; i++) {
            Candidate c = batch.get(i);
            ids[i] = c.id();
            types[i] = c.type();
            versions[i] = c.object().path("spec_version").asString("2.1");
            modifieds[i] = c.modified();
            tlps[i] = c.distribution().tlp().name();
            paps[i] = c.pap();
            objects[i] = json.writeValueAsString(c.object());
        }
        Distribution d = batch.getFirst().distribution();
        Set<String> inserted = new HashSet<>();
        jdbc.sql(INSERT).param("publisher_org", d.publisherOrganisation()).param("publisher_person", d.publisherPerson())
                .param("orgs", d.organisations().toArray(UUID[]::new)).param("groups", d.groups().toArray(UUID[]::new))
                .param("people", d.people().toArray(UUID[]::new)).param("import_id", importId)
                .param("ids", ids).param("types", types).param("spec_versions", versions).param("modifieds", modifieds)
                .param("tlps", tlps).param("paps", paps).param("objects", objects)
                .query(String.class).list().forEach(inserted::add);
        return inserted;
    }
}
