package org.sipar.stream.internal.federation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What came through each link (the origin of every pulled version), the imports the pulls ran, and what the
 * pushes sent: {@code stream_federation_origins}, {@code _imports} and {@code _pushed}.
 */
@Repository
public class Origins {

    /** Where one pulled version came from. */
    public record Origin(UUID linkId, String linkName, String objectId, String modified, String remoteCollection,
                  Instant remoteAdded, Instant receivedAt) {
    }

    /** One import a pull ran. */
    public record PullImport(UUID importId, Instant at, int objects, long accepted, long rejected, String status) {
    }

    private final JdbcClient jdbc;

    Origins(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records versions ({@code [id, modified, remote date added or null]}) as pulled through {@code link}, in one statement. */
    void record(UUID link, String collection, List<String[]> versions, Instant now) {
        Map<String, String[]> distinct = new java.util.LinkedHashMap<>();
        versions.forEach(v -> distinct.put(v[0] + "\n" + v[1], v));
        String[] ids = distinct.values().stream().map(v -> v[0]).toArray(String[]::new);
        String[] modified = distinct.values().stream().map(v -> version(v[1])).toArray(String[]::new);
        String[] added = distinct.values().stream().map(v -> v[2]).toArray(String[]::new);
        jdbc.sql("""
                insert into stream_federation_origins (link_id, object_id, modified, remote_collection, remote_added,
                  received_at) select ?, i, m, ?, a::timestamptz, ? from unnest(?::text[], ?::text[], ?::text[]) as t(i, m, a)
                on conflict (link_id, object_id, modified)
                  do update set remote_added = coalesce(excluded.remote_added, stream_federation_origins.remote_added)""")
                .params(link, collection, Timestamp.from(now), ids, modified, added).update();
    }

    void forget(UUID link, String objectId, String modified) {
        jdbc.sql("delete from stream_federation_origins where link_id = ? and object_id = ? and modified = ?")
                .params(link, objectId, version(modified)).update();
    }

    /** The versions held from {@code link}: id to its set of modified values. */
    Map<String, Set<String>> held(UUID link) {
        Map<String, Set<String>> held = new HashMap<>();
        jdbc.sql("select object_id, modified from stream_federation_origins where link_id = ?").param(link)
                .query(rs -> {
                    held.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
                });
        return held;
    }

    /** The links whose objects an object came through, newest first. */
    List<Origin> of(String objectId) {
        return jdbc.sql("""
                select o.*, l.name from stream_federation_origins o join stream_federation_links l on l.id = o.link_id
                where o.object_id = ? order by o.received_at desc limit 20""").param(objectId)
                .query((rs, n) -> origin(rs)).list();
    }

    List<Origin> recent(UUID link, int limit) {
        return jdbc.sql("""
                select o.*, l.name from stream_federation_origins o join stream_federation_links l on l.id = o.link_id
                where o.link_id = ? order by o.received_at desc, o.object_id limit ?""").params(link, limit)
                .query((rs, n) -> origin(rs)).list();
    }

    /** Whether the version came through a link to the same remote collection as {@code link} (never sent back). */
    boolean cameFrom(Link link, String objectId) {
        return jdbc.sql("""
                select count(*) from stream_federation_origins o join stream_federation_links l on l.id = o.link_id
                where o.object_id = ? and l.api_root = ? and l.collection_id = ?""")
                .params(objectId, link.apiRoot(), link.collectionId()).query(Long.class).single() > 0;
    }

    void imported(UUID link, PullImport i) {
        jdbc.sql("insert into stream_federation_imports values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
                .params(link, i.importId(), Timestamp.from(i.at()), i.objects(), i.accepted(), i.rejected(), i.status())
                .update();
    }

    List<PullImport> imports(UUID link, int limit) {
        return jdbc.sql("select * from stream_federation_imports where link_id = ? order by at desc limit ?")
                .params(link, limit).query((rs, n) -> new PullImport(rs.getObject("import_id", UUID.class),
                        rs.getTimestamp("at").toInstant(), rs.getInt("objects"), rs.getLong("accepted"),
                        rs.getLong("rejected"), rs.getString("status"))).list();
    }

    void sent(UUID link, String objectId, String modified, Instant at) {
        jdbc.sql("insert into stream_federation_pushed values (?, ?, ?, ?) on conflict do nothing")
                .params(link, objectId, version(modified), Timestamp.from(at)).update();
    }

    boolean wasSent(UUID link, String objectId, String modified) {
        return jdbc.sql("select count(*) from stream_federation_pushed where link_id = ? and object_id = ? and modified = ?")
                .params(link, objectId, version(modified)).query(Long.class).single() > 0;
    }

    void unsent(UUID link, String objectId, String modified) {
        jdbc.sql("delete from stream_federation_pushed where link_id = ? and object_id = ? and modified = ?")
                .params(link, objectId, version(modified)).update();
    }

    /**
     * A version's modified timestamp in one spelling ({@code Instant#toString}), so that the remote's manifest, the
     * objects and intel's change log compare equal whatever precision each writes.
     */
    static String version(String modified) {
        try {
            return Instant.parse(modified).toString();
        } catch (java.time.format.DateTimeParseException e) {
            return modified;
        }
    }

    private static Origin origin(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Origin(rs.getObject("link_id", UUID.class), rs.getString("name"), rs.getString("object_id"),
                rs.getString("modified"), rs.getString("remote_collection"), LinkStore.instant(rs, "remote_added"),
                rs.getTimestamp("received_at").toInstant());
    }
}
