package org.sipar.intel.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sipar.intel.ImportReport;
import org.sipar.intel.Intelligence;
import org.sipar.intel.ObjectPage;
import org.sipar.intel.ObjectQuery;
import org.sipar.intel.Publication;
import org.sipar.intel.Reader;
import org.sipar.intel.SharingPolicy;
import org.sipar.intel.StoredObject;
import org.sipar.intel.Tlp;
import org.sipar.platform.Audit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** The intelligence store in PostgreSQL. */
@Service
class JdbcIntelligence implements Intelligence {

    private static final long ANALYZE_AFTER = 10_000;

    private final JdbcClient jdbc;
    private final SharingPolicy policy;
    private final Imports imports;
    private final BundleImport bundles;
    private final Audit audit;
    private final Redactions redactions;

    JdbcIntelligence(JdbcClient jdbc, SharingPolicy policy, Imports imports, Batches batches, JsonMapper json,
                     IntelSettings settings, Audit audit) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.policy = policy;
        this.redactions = new Redactions(jdbc, policy);
        this.imports = imports;
        this.bundles = new BundleImport(json, new ObjectChecks(), batches, settings.tlp(), settings.batchSize());
    }

    @Override
    public ImportReport ingest(UUID id, InputStream bundle, Publication publication) {
        imports.begin(id, publication);
        ImportReport report = bundles.run(id, bundle, publication);
        if (report.totals().accepted() >= ANALYZE_AFTER) {
            // The planner must know the table grew, or paging plans turn into scans until autovacuum notices.
            jdbc.sql("analyze intel_objects").update();
        }
        return report;
    }

    @Override
    public ObjectPage objects(Reader reader, ObjectQuery query) {
        ObjectSql sql = new ObjectSql(policy, reader, query);
        List<StoredObject> rows = jdbc.sql(sql.sql()).params(sql.params())
                .query(JdbcIntelligence::stored)
                .list();
        boolean more = rows.size() > query.limit();
        List<StoredObject> page = more ? rows.subList(0, query.limit()) : rows;
        // The cursor follows the rows found, not the rows shown, so a withheld object never stalls paging.
        long nextSeq = page.isEmpty() ? query.afterSeq() : page.getLast().seq();
        boolean matchedOnContent = query.text() != null && !query.text().isBlank() || !query.facets().labels().isEmpty();
        return new ObjectPage(List.copyOf(redactions.apply(reader, page, matchedOnContent)), more, nextSeq);
    }

    @Override
    public List<StoredObject> relationships(Reader reader, String id) {
        SharingPolicy.Condition visible = policy.condition(reader, "o");
        SharingPolicy.Condition newer = policy.condition(reader, "n");
        return redactions.apply(reader, jdbc.sql("select o.seq, o.id, o.type, o.spec_version, o.modified, o.date_added, o.tlp, o.pap, o.object::text as json"
                        + " from intel_objects o where o.type = 'relationship'"
                        + " and (o.object ->> 'source_ref' = :ref or o.object ->> 'target_ref' = :ref) and " + visible.sql()
                        + " and (" + ObjectSql.LATEST + " or not exists (select 1 from intel_objects n where n.id = o.id"
                        + " and n.modified_at > o.modified_at and " + newer.sql() + ")) order by o.seq limit 500")
                .param("ref", id).params(visible.params()).query(JdbcIntelligence::stored).list(), false);
    }

    @Override
    public int delete(Reader reader, boolean hubAdmin, ObjectQuery selection) {
        if (!reader.member()) {
            return 0;
        }
        List<Long> seqs = selected(reader, selection);
        // Selection follows what the reader sees, so first/last mean the same here as when reading.
        int deleted = seqs.isEmpty() ? 0 : jdbc.sql("delete from intel_objects where seq = any(:seqs)"
                        + " and (:hub or publisher_org = :org)")
                .param("seqs", seqs.toArray(Long[]::new)).param("hub", hubAdmin).param("org", reader.organisationId())
                .update();
        audit.record("intel.object.delete", String.join(",", selection.ids()),
                Map.of("versions", selection.versions(), "deleted", deleted));
        return deleted;
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

    @Override
    public Optional<ImportReport> importReport(Reader reader, UUID id) {
        return reader.member() ? imports.find(id, reader.personId()) : Optional.empty();
    }

    private static StoredObject stored(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new StoredObject(rs.getLong("seq"), rs.getString("id"), rs.getString("type"), rs.getString("spec_version"),
                rs.getString("modified"), rs.getTimestamp("date_added").toInstant(), Tlp.valueOf(rs.getString("tlp")), rs.getString("pap"),
                rs.getString("json"));
    }
}
