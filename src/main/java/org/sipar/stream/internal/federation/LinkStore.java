package org.sipar.stream.internal.federation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sipar.sharing.Tlp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The links and their state, in {@code stream_federation_links}. */
@Repository
class LinkStore {

    private final JdbcClient jdbc;

    LinkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Link> all() {
        return jdbc.sql("select * from stream_federation_links order by lower(name)").query(LinkStore::map).list();
    }

    Optional<Link> find(UUID id) {
        return jdbc.sql("select * from stream_federation_links where id = ?").param(id).query(LinkStore::map).optional();
    }

    void insert(Link l, Instant now) {
        jdbc.sql("""
                insert into stream_federation_links (id, name, organisation_id, created_by, api_root, collection_id,
                  auth_kind, auth_user, auth_secret, direction, every_seconds, unmarked_tlp, recipient_orgs,
                  recipient_groups, push_max_tlp, next_run_at, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::uuid[], ?::uuid[], ?, ?, ?, ?)""")
                .params(l.id(), l.name(), l.organisationId(), l.createdBy(), l.apiRoot(), l.collectionId(),
                        l.auth().name(), l.authUser(), l.sealedSecret(), l.direction().name(), l.everySeconds(),
                        l.unmarkedTlp().name(), array(l.recipientOrgs()), array(l.recipientGroups()),
                        l.pushMaxTlp().name(), ts(now), ts(now), ts(now))
                .update();
    }

    /** Saves what a form changes; the cursors and counts stay. */
    void update(Link l, Instant now) {
        jdbc.sql("""
                update stream_federation_links set name = ?, organisation_id = ?, api_root = ?, collection_id = ?,
                  auth_kind = ?, auth_user = ?, auth_secret = ?, direction = ?, every_seconds = ?, unmarked_tlp = ?,
                  recipient_orgs = ?::uuid[], recipient_groups = ?::uuid[], push_max_tlp = ?, updated_at = ?,
                  next_run_at = ? where id = ?""")
                .params(l.name(), l.organisationId(), l.apiRoot(), l.collectionId(), l.auth().name(), l.authUser(),
                        l.sealedSecret(), l.direction().name(), l.everySeconds(), l.unmarkedTlp().name(),
                        array(l.recipientOrgs()), array(l.recipientGroups()), l.pushMaxTlp().name(), ts(now),
                        ts(now), l.id())
                .update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from stream_federation_links where id = ?").param(id).update();
    }

    /** The ids of the links due at {@code now} that no node is running. */
    List<UUID> due(Instant now) {
        return jdbc.sql("""
                select id from stream_federation_links where next_run_at <= ? and (lease_until is null or lease_until < ?)
                order by next_run_at limit 1000""").params(ts(now), ts(now)).query(UUID.class).list();
    }

    /** Takes the link's lease until {@code until}, if no other node holds it: the one guard against running twice. */
    boolean lease(UUID id, Instant now, Instant until) {
        return jdbc.sql("""
                update stream_federation_links set lease_until = ? where id = ? and (lease_until is null or lease_until < ?)""")
                .params(ts(until), id, ts(now)).update() == 1;
    }

    /** Makes the pushing links due now (intelligence changed); their next tick runs them. */
    void pushNow(Instant now) {
        jdbc.sql("update stream_federation_links set next_run_at = ? where direction <> 'PULL' and failures = 0 and next_run_at > ?")
                .params(ts(now), ts(now)).update();
    }

    void release(UUID id, Instant nextRun) {
        jdbc.sql("update stream_federation_links set lease_until = null, next_run_at = ? where id = ?")
                .params(ts(nextRun), id).update();
    }

    /** Moves the pull cursor after an import committed, and counts what the page held. */
    void pulled(UUID id, String cursor, Instant remoteAdded, int objects) {
        jdbc.sql("""
                update stream_federation_links set pull_cursor = coalesce(?, pull_cursor),
                  last_remote_added = coalesce(?, last_remote_added), pulled = pulled + ? where id = ?""")
                .params(cursor, ts(remoteAdded), objects, id).update();
    }

    void pushed(UUID id, long position, int objects) {
        jdbc.sql("update stream_federation_links set push_cursor = ?, pushed = pushed + ? where id = ?")
                .params(position, objects, id).update();
    }

    void succeeded(UUID id, Instant at) {
        jdbc.sql("update stream_federation_links set last_success_at = ?, failures = 0, last_error = null where id = ?")
                .params(ts(at), id).update();
    }

    /** Records a failed run: the error stays on the link until a run succeeds; the next run is put off. */
    void failed(UUID id, String error, Instant at) {
        jdbc.sql("""
                update stream_federation_links set last_error = ?, last_error_at = ?, failures = failures + 1 where id = ?""")
                .params(error.length() > 2000 ? error.substring(0, 2000) : error, ts(at), id).update();
    }

    /** Something a run that succeeded still says, such as objects the remote refused. */
    void noted(UUID id, String note, Instant at) {
        jdbc.sql("update stream_federation_links set last_note = ?, last_note_at = ? where id = ?")
                .params(note.length() > 2000 ? note.substring(0, 2000) : note, ts(at), id).update();
    }

    void reconciled(UUID id, String outcome, Instant at) {
        jdbc.sql("update stream_federation_links set last_reconcile = ?, reconciled_at = ? where id = ?")
                .params(outcome, ts(at), id).update();
    }

    private static Link map(ResultSet rs, int row) throws SQLException {
        Link.State state = new Link.State(rs.getString("pull_cursor"), instant(rs, "last_remote_added"),
                rs.getLong("push_cursor"), rs.getLong("pulled"), rs.getLong("pushed"), instant(rs, "last_success_at"),
                rs.getString("last_error"), instant(rs, "last_error_at"), rs.getInt("failures"),
                rs.getString("last_note"), rs.getString("last_reconcile"), instant(rs, "reconciled_at"),
                instant(rs, "created_at"));
        return new Link(rs.getObject("id", UUID.class), rs.getString("name"), rs.getObject("organisation_id", UUID.class),
                rs.getObject("created_by", UUID.class), rs.getString("api_root"), rs.getString("collection_id"),
                Link.Auth.valueOf(rs.getString("auth_kind")), rs.getString("auth_user"), rs.getString("auth_secret"),
                Link.Direction.valueOf(rs.getString("direction")), rs.getInt("every_seconds"),
                Tlp.valueOf(rs.getString("unmarked_tlp")), uuids(rs.getArray("recipient_orgs")),
                uuids(rs.getArray("recipient_groups")), Tlp.valueOf(rs.getString("push_max_tlp")), state);
    }

    private static Set<UUID> uuids(Array array) throws SQLException {
        return array == null ? Set.of() : Arrays.stream((Object[]) array.getArray()).map(o -> (UUID) o)
                .collect(Collectors.toSet());
    }

    private static String array(Set<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
