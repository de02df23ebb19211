package org.sipar.intel.internal.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sipar.intel.IntelligenceChanged;
import org.sipar.intel.ObjectPage;
import org.sipar.intel.ObjectQuery;
import org.sipar.intel.StixRedaction;
import org.sipar.intel.StoredObject;
import org.sipar.intel.VersionSelection;
import org.sipar.intel.internal.IntelSettings;
import org.sipar.platform.Audit;
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

    private final JdbcClient jdbc;
    private final SharingPolicy policy;
    private final Redactions redactions;
    private final PageReader pages;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Audit audit;

    StoredObjects(JdbcClient jdbc, SharingPolicy policy, StixRedaction redaction, IntelSettings settings,
                  TransactionTemplate transaction, ApplicationEventPublisher events, Audit audit) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.redactions = new Redactions(jdbc, redaction);
        this.pages = new PageReader(jdbc, policy, redactions, settings.maxPageBytes());
        this.transaction = transaction;
        this.events = events;
        this.audit = audit;
    }

    /** One page of the versions matching {@code query} that {@code reader} may see. */
    public ObjectPage objects(Reader reader, ObjectQuery query) {
        return pages.read(reader, query);
    }

    /** The latest visible versions of the relationships from or to object {@code id}. */
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
                .query(StoredObjects::stored).list(), false);
    }

    /** Deletes what {@code selection} finds for {@code reader} and the reader's organisation published (any, for a hub administrator). */
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
                Map.of("versions", selection.versions().stream().map(VersionSelection::text).toList(), "deleted", deleted));
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

    static StoredObject stored(ResultSet rs, int row) throws SQLException {
        return new StoredObject(rs.getLong("seq"), rs.getLong("position"), rs.getString("id"), rs.getString("type"),
                rs.getString("spec_version"), rs.getString("modified"), rs.getTimestamp("date_added").toInstant(),
                Tlp.valueOf(rs.getString("tlp")), rs.getString("pap"), rs.getString("json"));
    }
}
