package org.sipar.intel.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sipar.intel.ImportReport;
import org.sipar.intel.Intelligence;
import org.sipar.intel.IntelligenceChanged;
import org.sipar.intel.ObjectPage;
import org.sipar.intel.ObjectQuery;
import org.sipar.intel.Publication;
import org.sipar.intel.StixRedaction;
import org.sipar.intel.StoredObject;
import org.sipar.platform.Audit;
import org.sipar.sharing.Reader;
import org.sipar.sharing.SharingPolicy;
import org.sipar.sharing.Tlp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** The intelligence store in PostgreSQL. */
@Service
class JdbcIntelligence implements Intelligence {

    private static final Logger log = LoggerFactory.getLogger(JdbcIntelligence.class);

    private static final long ANALYZE_AFTER = 10_000;

    private final JdbcClient jdbc;
    private final SharingPolicy policy;
    private final Imports imports;
    private final BundleImport bundles;
    private final Audit audit;
    private final Redactions redactions;
    private final PageReader pages;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    JdbcIntelligence(JdbcClient jdbc, SharingPolicy policy, StixRedaction redaction, Imports imports, Batches batches,
                     JsonMapper json, IntelSettings settings, Audit audit,
                     TransactionTemplate transaction,
                     ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
        this.audit = audit;
        this.policy = policy;
        this.redactions = new Redactions(jdbc, redaction);
        this.pages = new PageReader(jdbc, policy, redactions, settings.maxPageBytes());
        this.imports = imports;
        
        this.bundles = new BundleImport(json, new ObjectChecks(), batches, settings.tlp(), settings.batchSize(),
                settings.maxObjectBytes());
    }

    @Override
    public ImportReport ingest(UUID id, InputStream bundle, Publication publication) {
        imports.begin(id, publication);
        ImportReport report;
        try {
            report = bundles.run(id, bundle, publication);
        } catch (RuntimeException e) {
            report = stopped(id, publication, e);
        }
        imports.finish(report);
        if (report.totals().accepted() >= ANALYZE_AFTER) {
            // The planner must know the table grew, or paging plans turn into scans until autovacuum notices.
            jdbc.sql("analyze intel_objects").update();
        }
        return report;
    }

    /**
     * The report of an import that a batch could not be stored for (not for one of its objects' sake: the
     * database was unreachable, say): what the committed batches stored, and a note; the cause goes to the log.
     */
    private ImportReport stopped(UUID id, Publication publication, RuntimeException cause) {
        log.error("Import {} stopped: a batch could not be stored", id, cause);
        ReportBuilder report = new ReportBuilder(id, publication.source());
        imports.shares(id).forEach(share -> report.absorb(share.report()));
        report.note("Import stopped: a batch could not be stored (error reference " + id + "); the objects counted here were stored");
        return report.snapshot("failed");
    }

    @Override
    public ObjectPage objects(Reader reader, ObjectQuery query) {
        return pages.read(reader, query);
    }

    @Override
    public List<StoredObject> relationships(Reader reader, String id) {
        SharingPolicy.Condition visible = policy.condition(reader, "o");
        SharingPolicy.Condition newer = policy.condition(reader, "n");
        SharingPolicy.Condition copies = policy.condition(reader, "p");
        return redactions.apply(reader, jdbc.sql("select o.seq, " + ObjectSql.POSITION + " as position, o.id, o.type, o.spec_version, o.modified, "
                        + ObjectSql.DATE_ADDED + " as date_added, o.tlp, o.pap, o.object::text as json"
                        + " from " + ObjectSql.ROWS + " where o.type = 'relationship'"
                        + " and (o.object ->> 'source_ref' = :ref or o.object ->> 'target_ref' = :ref) and " + visible.sql()
                        + " and " + ObjectSql.latestOfCopy(newer.sql()) + " and " + ObjectSql.preferredCopy(copies.sql())
                        + " order by w.position, o.write_index limit 500")
                .param("ref", id).param("copy_org", reader.organisationId()).params(visible.params())
                .query(JdbcIntelligence::stored).list(), false);
    }

    @Override
    public int delete(Reader reader, boolean hubAdmin, ObjectQuery selection) {
        if (!reader.member()) {
            return 0;
        }
        List<Long> seqs = selected(reader, selection);
        // Selection follows what the reader sees, so first/last mean the same here as when reading.
        int deleted = seqs.isEmpty() ? 0 : transaction.execute(tx -> {
            List<String> ids = jdbc.sql("delete from intel_objects where seq = any(:seqs) and (:hub or publisher_org = :org)"
                            + " returning id")
                    .param("seqs", seqs.toArray(Long[]::new)).param("hub", hubAdmin).param("org", reader.organisationId())
                    .query(String.class).list();
            if (!ids.isEmpty()) {
                events.publishEvent(new IntelligenceChanged.VersionsDeleted(ids.stream().distinct().toList(), ids.size()));
            }
            return ids.size();
        });
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

    static StoredObject stored(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new StoredObject(rs.getLong("seq"), rs.getLong("position"), rs.getString("id"), rs.getString("type"), rs.getString("spec_version"),
                rs.getString("modified"), rs.getTimestamp("date_added").toInstant(), Tlp.valueOf(rs.getString("tlp")), rs.getString("pap"),
                rs.getString("json"));
    }
}
