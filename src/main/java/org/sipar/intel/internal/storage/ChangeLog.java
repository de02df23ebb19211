package org.sipar.intel.internal.storage;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.sipar.intel.Change;
import org.sipar.intel.ObjectQuery;
import org.sipar.intel.StoredObject;
import org.sipar.sharing.Distribution;
import org.sipar.sharing.Reader;
import org.sipar.sharing.SharingPolicy;
import org.sipar.sharing.Tlp;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the change log: the versions added and the tombstones of those deleted, in commit order (the writes'
 * positions, V11 and V12). A write adds, deletes, or (V15) redistributes: then its entries come from both tables,
 * the tombstones of the versions' former distribution first (told as withdrawn), then the versions themselves
 * (told as redistributed).
 */
final class ChangeLog {

    private static final String DISTRIBUTION = "%1$s.tlp, %1$s.publisher_org, %1$s.publisher_person, %1$s.recipient_orgs,"
            + " %1$s.recipient_groups, %1$s.recipient_people";
    private static final String AFTER = " %s.write_index > (case when w.position = :after_position then :after_index else -1 end)";

    private final JdbcClient jdbc;

    ChangeLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} entries after cursor {@code after} that pass {@code filter}, oldest first. */
    List<Entry> read(long after, int limit, Filter filter) {
        String added = "select w.position, o.write_index as idx, o.seq, o.id, o.type, o.spec_version, o.modified,"
                + " o.pap, o.revoked, o.object::text as json, " + DISTRIBUTION.formatted("o")
                + " from intel_objects o where o.write_id = w.write_id and" + AFTER.formatted("o") + filter.added()
                + " order by o.write_index limit " + limit;
        String deleted = "select w.position, t.write_index, null::bigint, t.id, t.type, t.spec_version, t.modified,"
                + " null::text, false, null::text, " + DISTRIBUTION.formatted("t")
                + " from intel_tombstones t where t.write_id = w.write_id and" + AFTER.formatted("t") + filter.deleted()
                + " order by t.write_index limit " + limit;
        String sql = "select l.*, w.added_at + l.idx * interval '1 microsecond' as date_added, w.redistribution"
                + " from intel_writes w"
                + " cross join lateral ((" + added + ") union all (" + deleted + ")) l"
                + " where w.position >= :after_position order by w.position, l.idx limit " + limit;
        Map<String, Object> params = new HashMap<>(filter.params());
        params.put("after_position", after / WriteLog.INDEXES);
        params.put("after_index", (int) (after % WriteLog.INDEXES));
        return jdbc.sql(sql).params(params).query(ChangeLog::entry).list();
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        long position = WriteLog.cursor(rs.getLong("position"), rs.getInt("idx"));
        Distribution d = new Distribution(Tlp.valueOf(rs.getString("tlp")), rs.getObject("publisher_org", UUID.class),
                rs.getObject("publisher_person", UUID.class), uuids(rs.getArray("recipient_orgs")),
                uuids(rs.getArray("recipient_groups")), uuids(rs.getArray("recipient_people")));
        String json = rs.getString("json");
        boolean redistribution = rs.getBoolean("redistribution");
        if (json == null && redistribution) {
            return new Entry(new Change.VersionWithdrawn(position, rs.getString("id"), rs.getString("type"),
                    rs.getString("modified"), d.publisherOrganisation(), rs.getTimestamp("date_added").toInstant()), d);
        }
        if (json == null) {
            return new Entry(new Change.VersionDeleted(position, rs.getString("id"), rs.getString("type"),
                    rs.getString("modified"), d.publisherOrganisation(), rs.getTimestamp("date_added").toInstant()), d);
        }
        StoredObject version = new StoredObject(rs.getLong("seq"), position, rs.getString("id"), rs.getString("type"),
                rs.getString("spec_version"), rs.getString("modified"), rs.getTimestamp("date_added").toInstant(),
                d.tlp(), rs.getString("pap"), rs.getBoolean("revoked"), json);
        return new Entry(redistribution ? new Change.VersionRedistributed(version) : Change.of(version), d);
    }

    private static Set<UUID> uuids(Array array) throws SQLException {
        return array == null ? Set.of() : Set.of((UUID[]) array.getArray());
    }

    /** A change with the distribution of the version it is about. */
    record Entry(Change change, Distribution distribution) {
    }

    /** Conditions (each starting with " and ", or empty) on added versions (alias o) and tombstones (alias t). */
    record Filter(String added, String deleted, Map<String, Object> params) {

        /**
         * This filter within {@code scope}, as {@link ObjectSql} scopes a listing: a tombstone keeps the recipients
         * and publisher its version had, so a collection's follower is told the end of what it was told.
         */
        Filter within(ObjectQuery.Scope scope) {
            Map<String, Object> more = new HashMap<>(params);
            return switch (scope) {
                case ObjectQuery.Scope.All all -> this;
                case ObjectQuery.Scope.Group g -> {
                    more.put("scope_group", g.groupId());
                    yield new Filter(added + " and :scope_group = any(o.recipient_groups)",
                            deleted + " and :scope_group = any(t.recipient_groups)", more);
                }
                case ObjectQuery.Scope.Submissions s -> {
                    more.put("scope_org", s.organisationId());
                    yield new Filter(added + " and o.publisher_org = :scope_org",
                            deleted + " and t.publisher_org = :scope_org", more);
                }
            };
        }

        /** Every entry of objects of {@code types} (all when empty). */
        static Filter types(List<String> types) {
            return types.isEmpty() ? new Filter("", "", Map.of())
                    : new Filter(" and o.type = any(:types)", " and t.type = any(:types)",
                            Map.of("types", types.toArray(String[]::new)));
        }

        /**
         * What {@code reader} may see: versions under the policy, of the copy of their id the reader is shown, as
         * listings show it; tombstones of versions the reader could see; of a redistribution's tombstones (V15), only
         * those of versions the reader may no longer see: one who keeps the version is told it anew (redistributed),
         * not withdrawn.
         */
        static Filter readableBy(SharingPolicy policy, Reader reader) {
            SharingPolicy.Condition versions = policy.condition(reader, "o");
            SharingPolicy.Condition copies = policy.condition(reader, "p");
            SharingPolicy.Condition tombstones = policy.condition(reader, "t");
            SharingPolicy.Condition kept = policy.condition(reader, "k");
            Map<String, Object> params = new HashMap<>(versions.params());
            params.put("copy_org", reader.organisationId());
            String lost = " and (not w.redistribution or not exists (select 1 from intel_objects k where k.id = t.id"
                    + " and k.publisher_org is not distinct from t.publisher_org and k.modified = t.modified and "
                    + kept.sql() + "))";
            return new Filter(" and " + versions.sql() + " and " + ObjectSql.preferredCopy(copies.sql()),
                    " and " + tombstones.sql() + lost, params);
        }
    }
}
