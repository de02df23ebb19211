package org.sipar.advisory.internal.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sipar.sharing.Reader;
import org.sipar.sharing.SharingPolicy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The alerts, in {@code advisory_alerts}. Every read for a reader goes through the sharing policy over the advisory's
 * newest published document: an alert shows only while its reader may see the advisory it is about.
 */
@Repository
class Alerts {

    private final JdbcClient jdbc;
    private final SharingPolicy policy;

    Alerts(JdbcClient jdbc, SharingPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    /** Stores {@code a} unless its organisation has an alert for that advisory and product already; says whether it did. */
    boolean raise(Alert a, UUID productId) {
        return jdbc.sql("""
                insert into advisory_alerts (id, organisation_id, advisory_id, revision, tracking_id, product_id, registered,
                  affected, raised_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (organisation_id, advisory_id, registered) do nothing""")
                .params(a.id(), a.organisationId(), a.advisoryId(), a.revision(), a.trackingId(), productId, a.registered(),
                        a.affected(), Timestamp.from(a.raisedAt())).update() == 1;
    }

    /** The alerts of {@code reader}'s organisation about advisories they may see: open ones first, newest first. */
    List<Alert> visible(Reader reader, boolean openOnly, int limit) {
        SharingPolicy.Condition visible = policy.condition(reader, "d");
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("org", reader.organisationId());
        params.put("limit", limit);
        return jdbc.sql("select a.*, d.title from advisory_alerts a join advisory_documents d on d.advisory_id = a.advisory_id"
                        + " and d.latest and d.lang = 'en' where a.organisation_id = :org and " + visible.sql()
                        + (openOnly ? " and a.acknowledged_at is null" : "")
                        + " order by a.acknowledged_at is not null, a.raised_at desc limit :limit")
                .params(params).query(Alerts::map).list();
    }

    /** Notes that the organisation's alerts page showed its alerts raised until {@code now}. */
    void seen(UUID organisation, Instant now) {
        jdbc.sql("update advisory_alerts set seen_at = ? where organisation_id = ? and seen_at is null")
                .params(Timestamp.from(now), organisation).update();
    }

    /** Acknowledges the open alert {@code id} of {@code organisation}; says whether there was one. */
    boolean acknowledge(UUID organisation, UUID id, UUID by, Instant now) {
        return jdbc.sql("""
                update advisory_alerts set acknowledged_at = ?, acknowledged_by = ?
                where id = ? and organisation_id = ? and acknowledged_at is null""")
                .params(Timestamp.from(now), by, id, organisation).update() == 1;
    }

    /** Closes the open alerts about {@code advisory}, which was withdrawn at {@code now}; answers how many. */
    int closeWithdrawn(UUID advisory, Instant now) {
        return jdbc.sql("""
                update advisory_alerts set acknowledged_at = ?, withdrawn_at = ?
                where advisory_id = ? and acknowledged_at is null""")
                .params(Timestamp.from(now), Timestamp.from(now), advisory).update();
    }

    long countFor(UUID advisory) {
        return jdbc.sql("select count(*) from advisory_alerts where advisory_id = ?").param(advisory).query(Long.class).single();
    }

    private static Alert map(ResultSet rs, int row) throws SQLException {
        Timestamp seen = rs.getTimestamp("seen_at");
        Timestamp acknowledged = rs.getTimestamp("acknowledged_at");
        return new Alert(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getObject("advisory_id", UUID.class), rs.getInt("revision"), rs.getString("tracking_id"),
                rs.getString("registered"), rs.getString("affected"), rs.getTimestamp("raised_at").toInstant(),
                seen == null ? null : seen.toInstant(), acknowledged == null ? null : acknowledged.toInstant(),
                rs.getObject("acknowledged_by", UUID.class), instant(rs.getTimestamp("withdrawn_at")), rs.getString("title"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
