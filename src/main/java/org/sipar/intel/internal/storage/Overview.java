package org.sipar.intel.internal.storage;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sipar.sharing.Reader;
import org.sipar.sharing.SharingPolicy;
import org.sipar.sharing.Tlp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figures of the dashboard, each counted in SQL over exactly what a listing would show the reader: the
 * policy's condition, the latest version of the copy they are shown, revoked objects left out.
 */
@Component
public class Overview {

    private final JdbcClient jdbc;
    private final SharingPolicy policy;

    Overview(JdbcClient jdbc, SharingPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    /** How many objects of a type at a level the reader may see. */
    public record Count(String type, Tlp tlp, long count) {
    }

    /** A technique and how many visible {@code uses} relationships point at it. */
    public record Used(String techniqueId, long uses) {
    }

    /** An import the reader may know of, and how many of the versions it stored they may see. */
    public record RecentImport(UUID id, String source, String status, UUID publisherOrg, UUID publisherPerson,
                               Instant at, long visible) {
    }

    /** The reader's objects by type and level (marking definitions aside), added after {@code since} when given. */
    public List<Count> counts(Reader reader, Instant since) {
        Map<String, Object> params = shown(reader);
        String added = since == null ? "" : " and w.added_at > :since";
        if (since != null) {
            params.put("since", Timestamp.from(since));
        }
        return jdbc.sql("select o.type, o.tlp, count(*) as n from " + ObjectSql.ROWS + " where " + shownSql(reader)
                        + " and o.type <> 'marking-definition'" + added + " group by o.type, o.tlp")
                .params(params).query((rs, row) -> new Count(rs.getString(1), Tlp.valueOf(rs.getString(2)), rs.getLong(3)))
                .list();
    }

    /** The {@code limit} techniques most {@code uses} relationships the reader may see point at, most first. */
    public List<Used> mostUsed(Reader reader, int limit) {
        return jdbc.sql("select o.object ->> 'target_ref' as t, count(*) as n from " + ObjectSql.ROWS
                        + " where o.type = 'relationship' and o.object ->> 'relationship_type' = 'uses'"
                        + " and o.object ->> 'target_ref' like 'attack-pattern--%' and " + shownSql(reader)
                        + " group by 1 order by 2 desc, 1 limit " + limit)
                .params(shown(reader)).query((rs, row) -> new Used(rs.getString(1), rs.getLong(2))).list();
    }

    /**
     * The {@code limit} latest imports the reader published, their organisation published, or of which they may
     * see at least one stored version, newest first.
     */
    public List<RecentImport> imports(Reader reader, int limit) {
        SharingPolicy.Condition visible = policy.condition(reader, "o");
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("reader_org", reader.organisationId());
        String sees = "(select count(*) from intel_objects o where o.import_id = i.id and " + visible.sql() + ")";
        return jdbc.sql("select * from (select i.id, i.source, i.status, i.publisher_org, i.publisher_person,"
                        + " coalesce(i.finished_at, i.started_at, i.queued_at) as at, " + sees + " as visible,"
                        + " coalesce(i.publisher_org = cast(:reader_org as uuid), false) as own from intel_imports i"
                        + " order by coalesce(i.finished_at, i.started_at, i.queued_at) desc limit 200) x"
                        + " where x.own or x.visible > 0 order by x.at desc limit " + limit)
                .params(params).query((rs, row) -> new RecentImport(rs.getObject("id", UUID.class), rs.getString("source"),
                        rs.getString("status"), rs.getObject("publisher_org", UUID.class),
                        rs.getObject("publisher_person", UUID.class), rs.getTimestamp("at").toInstant(), rs.getLong("visible")))
                .list();
    }

    /** The condition of rows listed to the reader: visible, the latest of the copy shown, not revoked. */
    private String shownSql(Reader reader) {
        return policy.condition(reader, "o").sql() + " and " + ObjectSql.latestOfCopy(policy.condition(reader, "n").sql())
                + " and " + ObjectSql.preferredCopy(policy.condition(reader, "p").sql()) + " and not o.revoked";
    }

    private Map<String, Object> shown(Reader reader) {
        Map<String, Object> params = new HashMap<>(policy.condition(reader, "o").params());
        params.put("copy_org", reader.organisationId());
        return params;
    }
}
