package org.sipar.advisory.internal;

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
import org.sipar.platform.StateConflict;
import org.sipar.sharing.Distribution;
import org.sipar.sharing.Tlp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The advisories being written and published, in {@code advisories}. */
@Repository
public class Advisories {

    private static final JsonMapper JSON = JsonMapper.shared();
    private final JdbcClient jdbc;
    private final org.sipar.sharing.SharingPolicy policy;

    Advisories(JdbcClient jdbc, org.sipar.sharing.SharingPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    public Optional<Advisory> find(UUID id) {
        return jdbc.sql("select * from advisories where id = ?").param(id).query(Advisories::map).optional();
    }

    public Optional<Advisory> byTrackingId(String trackingId) {
        return jdbc.sql("select * from advisories where upper(tracking_id) = upper(?)").param(trackingId)
                .query(Advisories::map).optional();
    }

    /** The advisories of the workroom that {@code reader} may see (the policy decides drafts too), newest change first. */
    public List<Advisory> all(org.sipar.sharing.Reader reader, int limit) {
        org.sipar.sharing.SharingPolicy.Condition visible = policy.condition(reader, "a");
        java.util.Map<String, Object> params = new java.util.HashMap<>(visible.params());
        params.put("limit", limit);
        return jdbc.sql("select * from advisories a where " + visible.sql() + " order by a.updated_at desc limit :limit")
                .params(params).query(Advisories::map).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from advisories").query(Long.class).single();
    }

    void insert(Advisory a) {
        Distribution d = a.distribution();
        jdbc.sql("""
                insert into advisories (id, tracking_id, category, audience, state, content, author, reviewer, revision,
                  initial_release, current_release, tlp, publisher_org, publisher_person, recipient_orgs, recipient_groups,
                  recipient_people, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?::uuid[], ?::uuid[], ?::uuid[], ?, ?)""")
                .params(a.id(), a.trackingId(), a.category().csaf(), a.audience().name(), a.state().name(),
                        JSON.writeValueAsString(a.content()), a.author(), a.reviewer(), a.revision(),
                        ts(a.initialRelease()), ts(a.currentRelease()), d.tlp().name(), d.publisherOrganisation(),
                        d.publisherPerson(), array(d.organisations()), array(d.groups()), array(d.people()),
                        ts(a.createdAt()), ts(a.updatedAt()))
                .update();
    }

    /** Saves {@code a} over the version it was read at; refused when someone saved it meanwhile. */
    Advisory update(Advisory a) {
        Distribution d = a.distribution();
        int rows = jdbc.sql("""
                update advisories set category = ?, audience = ?, state = ?, content = ?::jsonb, author = ?, reviewer = ?,
                  revision = ?, initial_release = ?, current_release = ?, tlp = ?, publisher_org = ?, publisher_person = ?,
                  recipient_orgs = ?::uuid[], recipient_groups = ?::uuid[], recipient_people = ?::uuid[], updated_at = ?,
                  lock_version = lock_version + 1
                where id = ? and lock_version = ?""")
                .params(a.category().csaf(), a.audience().name(), a.state().name(), JSON.writeValueAsString(a.content()),
                        a.author(), a.reviewer(), a.revision(), ts(a.initialRelease()), ts(a.currentRelease()),
                        d.tlp().name(), d.publisherOrganisation(), d.publisherPerson(), array(d.organisations()),
                        array(d.groups()), array(d.people()), ts(a.updatedAt()), a.id(), a.lockVersion())
                .update();
        if (rows != 1) {
            throw new StateConflict("Advisory " + a.trackingId() + " was changed by someone else meanwhile: reload it");
        }
        return find(a.id()).orElseThrow();
    }

    /** The next tracking id of {@code year}: {@code PREFIX-YYYY-NNNN}, numbered without gaps per year. */
    String nextTrackingId(String prefix, int year) {
        int n = jdbc.sql("""
                insert into advisory_tracking_numbers (year, last) values (?, 1)
                on conflict (year) do update set last = advisory_tracking_numbers.last + 1 returning last""")
                .param(year).query(Integer.class).single();
        return "%s-%d-%04d".formatted(prefix, year, n);
    }

    private static Advisory map(ResultSet rs, int row) throws SQLException {
        Distribution d = new Distribution(Tlp.valueOf(rs.getString("tlp")), rs.getObject("publisher_org", UUID.class),
                rs.getObject("publisher_person", UUID.class), uuids(rs.getArray("recipient_orgs")),
                uuids(rs.getArray("recipient_groups")), uuids(rs.getArray("recipient_people")));
        return new Advisory(rs.getObject("id", UUID.class), rs.getString("tracking_id"),
                Category.ofCsaf(rs.getString("category")), Audience.valueOf(rs.getString("audience")),
                State.valueOf(rs.getString("state")), JSON.readValue(rs.getString("content"), AdvisoryContent.class),
                rs.getObject("author", UUID.class), rs.getObject("reviewer", UUID.class), rs.getInt("revision"),
                instant(rs.getTimestamp("initial_release")), instant(rs.getTimestamp("current_release")), d,
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")), rs.getLong("lock_version"));
    }

    static Set<UUID> uuids(Array array) throws SQLException {
        return array == null ? Set.of() : Arrays.stream((Object[]) array.getArray()).map(o -> (UUID) o)
                .collect(Collectors.toUnmodifiableSet());
    }

    static String array(Set<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
