package org.sipar.taxii.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The status resources of added objects, in table {@code taxii_status}; each is kept for a week. */
@Repository
class StatusStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    StatusStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records a request as pending with every object in it, and forgets statuses older than a week. */
    void begin(UUID id, UUID person, UUID collection, List<ObjectNode> pending) {
        jdbc.sql("delete from taxii_status where request_timestamp < now() - interval '7 days'").update();
        jdbc.sql("insert into taxii_status (id, person_id, collection_id, status, total_count, pending_count, pendings)"
                        + " values (?, ?, ?, 'pending', ?, ?, cast(? as jsonb))")
                .params(id, person, collection, pending.size(), pending.size(), json.writeValueAsString(pending))
                .update();
    }

    /** Completes a request with its outcome per object. */
    void complete(UUID id, List<ObjectNode> successes, List<ObjectNode> failures) {
        jdbc.sql("update taxii_status set status = 'complete', success_count = ?, failure_count = ?, pending_count = 0,"
                        + " successes = cast(? as jsonb), failures = cast(? as jsonb), pendings = '[]' where id = ?")
                .params(successes.size(), failures.size(), json.writeValueAsString(successes),
                        json.writeValueAsString(failures), id)
                .update();
    }

    /** The status resource {@code id} if {@code person} made the request. */
    Optional<String> find(UUID id, UUID person) {
        return jdbc.sql("""
                select id, status, request_timestamp, total_count, success_count, failure_count, pending_count,
                       successes::text as successes, failures::text as failures, pendings::text as pendings
                from taxii_status where id = ? and person_id = ?""")
                .params(id, person)
                .query((rs, n) -> resource(rs)).optional();
    }

    private String resource(java.sql.ResultSet rs) throws java.sql.SQLException {
        ObjectNode node = json.createObjectNode();
        node.put("id", rs.getString("id"));
        node.put("status", rs.getString("status"));
        node.put("request_timestamp", Taxii.timestamp(rs.getTimestamp("request_timestamp").toInstant()));
        for (String kind : List.of("total", "success", "failure", "pending")) {
            node.put(kind + "_count", rs.getInt(kind + "_count"));
        }
        for (String list : List.of("successes", "failures", "pendings")) {
            JsonNode entries = json.readTree(rs.getString(list));
            if (!entries.isEmpty()) {
                node.set(list, entries);
            }
        }
        return json.writeValueAsString(node);
    }
}
