package org.sipar.taxii.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The status resources of added objects, in table {@code taxii_status}. A request is recorded pending with
 * every object in it and what its import needs; once imported it is completed with a success or a failure
 * per object. Statuses are purged {@code sipar.taxii.status-retention} after they complete.
 */
@Repository
class StatusStore {

    private static final String COLUMNS = """
            id, person_id, publisher_org, collection_id, recipient_groups, status, request_timestamp, total_count,
            success_count, failure_count, import_id, successes::text as successes, failures::text as failures,
            objects::text as objects""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    StatusStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** One status as stored; {@code objects} are the envelope's entries while it is pending, empty after. */
    record Row(UUID id, UUID person, UUID organisation, UUID collection, Set<UUID> groups, String status,
               Instant requested, int total, int successCount, int failureCount, UUID importId,
               List<ObjectNode> successes, List<ObjectNode> failures, List<ObjectNode> objects) {

        boolean pending() {
            return "pending".equals(status);
        }
    }

    /**
     * Records a request as pending with every object in it, published by {@code person} of {@code organisation}
     * and imported by intel's import {@code importId}; returns the row as recorded.
     */
    Row begin(UUID id, UUID person, UUID organisation, UUID collection, Set<UUID> groups, List<ObjectNode> objects,
              UUID importId) {
        Instant requested = jdbc.sql("""
                        insert into taxii_status (id, person_id, publisher_org, collection_id, recipient_groups, status,
                            total_count, pending_count, objects, import_id)
                        values (?, ?, ?, ?, ?, 'pending', ?, ?, cast(? as jsonb), ?)
                        returning request_timestamp""")
                .params(id, person, organisation, collection, groups.toArray(UUID[]::new), objects.size(), objects.size(),
                        json.writeValueAsString(objects), importId)
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).single();
        return new Row(id, person, organisation, collection, groups, "pending", requested, objects.size(), 0, 0, importId,
                List.of(), List.of(), objects);
    }

    /**
     * The same, for a request accepted by node {@code node} (whose import queue holds it): another node may take
     * it over should that node go ({@link Takeover}).
     */
    Row begin(UUID id, UUID person, UUID organisation, UUID collection, Set<UUID> groups, List<ObjectNode> objects,
              UUID importId, UUID node) {
        Row row = begin(id, person, organisation, collection, groups, objects, importId);
        jdbc.sql("update taxii_status set node_id = ? where id = ?").params(node, id).update();
        return row;
    }

    /** A pending request and the node that holds it. */
    record Held(UUID id, UUID node) {
    }

    /**
     * The pending requests held by nodes other than {@code me} that have not beaten for {@code leaseSeconds}
     * (by the database's clock), oldest first, at most {@code limit}.
     */
    List<Held> orphaned(UUID me, long leaseSeconds, int limit) {
        return jdbc.sql("""
                        select s.id, s.node_id from taxii_status s
                        where s.status = 'pending' and s.node_id is not null and s.node_id <> ?
                          and not exists (select 1 from taxii_nodes n where n.node_id = s.node_id
                                          and n.heartbeat_at > clock_timestamp() - make_interval(secs => ?))
                        order by s.request_timestamp limit ?""")
                .params(me, leaseSeconds, limit)
                .query((rs, n) -> new Held(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
    }

    /**
     * Hands pending request {@code id} from node {@code from} to node {@code to}, now imported by {@code importId};
     * false if it is no longer pending or another node took it first (compare and set: one node wins).
     */
    boolean takeOver(UUID id, UUID from, UUID to, UUID importId) {
        return jdbc.sql("update taxii_status set node_id = ?, import_id = ? where id = ? and status = 'pending'"
                        + " and node_id = ?").params(to, importId, id, from).update() == 1;
    }

    /**
     * Records a request whose import {@code importId} ended before it was answered as complete, with its
     * {@code outcome} per object; returns the row as recorded.
     */
    Row completed(UUID id, UUID person, UUID organisation, UUID collection, Set<UUID> groups, int total,
                  UUID importId, Outcome outcome) {
        if (!outcome.pendings().isEmpty()) {
            throw new IllegalArgumentException("A complete status has nothing pending");
        }
        Instant requested = jdbc.sql("""
                        insert into taxii_status (id, person_id, publisher_org, collection_id, recipient_groups, status,
                            total_count, success_count, failure_count, pending_count, successes, failures, objects,
                            import_id, completed_at)
                        values (?, ?, ?, ?, ?, 'complete', ?, ?, ?, 0, cast(? as jsonb), cast(? as jsonb), '[]', ?,
                            clock_timestamp())
                        returning request_timestamp""")
                .params(id, person, organisation, collection, groups.toArray(UUID[]::new), total,
                        outcome.successes().size(), outcome.failures().size(), json.writeValueAsString(outcome.successes()),
                        json.writeValueAsString(outcome.failures()), importId)
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).single();
        return new Row(id, person, organisation, collection, groups, "complete", requested, total,
                outcome.successes().size(), outcome.failures().size(), importId, outcome.successes(), outcome.failures(), List.of());
    }

    /** The pending status of the request that import {@code importId} runs, if there is one. */
    Optional<Row> pendingOf(UUID importId) {
        return jdbc.sql("select " + COLUMNS + " from taxii_status where import_id = ? and status = 'pending'")
                .params(importId).query(this::row).optional();
    }

    /** Completes a pending request with its outcome per object; nothing may be pending in it any more. */
    void complete(UUID id, Outcome outcome) {
        if (!outcome.pendings().isEmpty()) {
            throw new IllegalArgumentException("A complete status has nothing pending");
        }
        jdbc.sql("""
                        update taxii_status set status = 'complete', success_count = ?, failure_count = ?, pending_count = 0,
                            successes = cast(? as jsonb), failures = cast(? as jsonb), objects = '[]',
                            completed_at = clock_timestamp()
                        where id = ? and status = 'pending'""")
                .params(outcome.successes().size(), outcome.failures().size(), json.writeValueAsString(outcome.successes()),
                        json.writeValueAsString(outcome.failures()), id)
                .update();
        jdbc.sql("delete from taxii_envelopes where status_id = ?").param(id).update();
    }

    /** The status {@code id} if {@code person} made the request. */
    Optional<Row> find(UUID id, UUID person) {
        return jdbc.sql("select " + COLUMNS + " from taxii_status where id = ? and person_id = ?")
                .params(id, person).query(this::row).optional();
    }

    /** The status {@code id}, whoever made it. */
    Optional<Row> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from taxii_status where id = ?").params(id).query(this::row).optional();
    }

    /** The requests still pending, oldest first. */
    List<UUID> pending() {
        return jdbc.sql("select id from taxii_status where status = 'pending' order by request_timestamp")
                .query(UUID.class).list();
    }

    /** Forgets the statuses completed before {@code cutoff}; returns how many. */
    int purge(Instant cutoff) {
        return jdbc.sql("delete from taxii_status where status = 'complete'"
                        + " and coalesce(completed_at, request_timestamp) < ?")
                .params(Timestamp.from(cutoff)).update();
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        UUID[] groups = (UUID[]) rs.getArray("recipient_groups").getArray();
        return new Row(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getObject("publisher_org", UUID.class), rs.getObject("collection_id", UUID.class), Set.of(groups),
                rs.getString("status"), rs.getTimestamp("request_timestamp").toInstant(), rs.getInt("total_count"),
                rs.getInt("success_count"), rs.getInt("failure_count"), rs.getObject("import_id", UUID.class),
                entries(rs.getString("successes")), entries(rs.getString("failures")), entries(rs.getString("objects")));
    }

    private List<ObjectNode> entries(String text) {
        List<ObjectNode> entries = new ArrayList<>();
        for (JsonNode entry : json.readTree(text)) {
            entries.add((ObjectNode) entry);
        }
        return entries;
    }
}
