package org.sipar.stream.internal.webhook;

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
import org.sipar.stream.internal.FeedFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table of webhook endpoints; the secret is only ever read sealed, by {@link #sealedSecret}. */
@Repository
class Endpoints {

    private static final String COLUMNS = "id, organisation_id, created_by, name, url, filter_types, filter_labels,"
            + " filter_tlps, filter_min_confidence, filter_collection, paused, paused_reason, cursor_position,"
            + " consecutive_failures, created_at, updated_at";

    private final JdbcClient jdbc;

    Endpoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Endpoint e, String sealedSecret) {
        jdbc.sql("insert into stream_webhooks (" + COLUMNS + ", secret_sealed) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?, ?, ?)")
                .params(e.id(), e.organisationId(), e.createdBy(), e.name(), e.url(), texts(e.filter().types()),
                        texts(e.filter().labels()), tlps(e.filter().tlps()), e.filter().minConfidence(),
                        e.filter().collection(), e.paused(), e.pausedReason(), e.cursor(), e.consecutiveFailures(),
                        ts(e.createdAt()), ts(e.updatedAt()), sealedSecret)
                .update();
    }

    /** Saves what an administrator may change: name, URL, filters. */
    void update(UUID id, String name, String url, FeedFilter f, Instant now) {
        jdbc.sql("update stream_webhooks set name = ?, url = ?, filter_types = ?, filter_labels = ?, filter_tlps = ?,"
                        + " filter_min_confidence = ?, filter_collection = ?, updated_at = ? where id = ?")
                .params(name, url, texts(f.types()), texts(f.labels()), tlps(f.tlps()), f.minConfidence(), f.collection(),
                        ts(now), id)
                .update();
    }

    /** Pauses ({@code reason} manual or failures) or resumes (null) the endpoint; resuming forgets past failures. */
    void pause(UUID id, boolean paused, String reason, Instant now) {
        jdbc.sql("update stream_webhooks set paused = ?, paused_reason = ?, updated_at = ?,"
                        + " consecutive_failures = case when ? then consecutive_failures else 0 end where id = ?")
                .params(paused, paused ? reason : null, ts(now), paused, id).update();
    }

    void rotate(UUID id, String sealedSecret, Instant now) {
        jdbc.sql("update stream_webhooks set secret_sealed = ?, updated_at = ? where id = ?")
                .params(sealedSecret, ts(now), id).update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from stream_webhooks where id = ?").param(id).update();
    }

    Optional<Endpoint> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from stream_webhooks where id = ?").param(id).query(Endpoints::row).optional();
    }

    List<Endpoint> ofOrganisation(UUID organisation) {
        return jdbc.sql("select " + COLUMNS + " from stream_webhooks where organisation_id = ? order by created_at, id")
                .param(organisation).query(Endpoints::row).list();
    }

    /** The endpoints that follow the change log now: every one not paused. */
    List<UUID> active() {
        return jdbc.sql("select id from stream_webhooks where not paused order by id").query(UUID.class).list();
    }

    String sealedSecret(UUID id) {
        return jdbc.sql("select secret_sealed from stream_webhooks where id = ?").param(id).query(String.class).single();
    }

    static Endpoint row(ResultSet rs, int n) throws SQLException {
        Integer confidence = rs.getObject("filter_min_confidence", Integer.class);
        FeedFilter filter = new FeedFilter(set(rs.getArray("filter_types")), set(rs.getArray("filter_labels")),
                set(rs.getArray("filter_tlps")).stream().map(Tlp::valueOf).collect(Collectors.toSet()), confidence,
                rs.getObject("filter_collection", UUID.class));
        return new Endpoint(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getObject("created_by", UUID.class), rs.getString("name"), rs.getString("url"), filter,
                rs.getBoolean("paused"), rs.getString("paused_reason"), rs.getLong("cursor_position"),
                rs.getInt("consecutive_failures"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static Set<String> set(Array array) throws SQLException {
        return array == null ? Set.of() : Set.copyOf(Arrays.asList((String[]) array.getArray()));
    }

    private static String[] texts(Set<String> values) {
        return values.stream().sorted().toArray(String[]::new);
    }

    private static String[] tlps(Set<Tlp> values) {
        return values.stream().sorted().map(Tlp::name).toArray(String[]::new);
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
