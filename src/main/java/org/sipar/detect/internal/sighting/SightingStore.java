package org.sipar.detect.internal.sighting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.sipar.sharing.Tlp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The sightings ({@code detect_sightings}) and each organisation's way of reporting them ({@code detect_reporting}). */
@Repository
class SightingStore {

    private final JdbcClient jdbc;

    SightingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a batch's counts to the organisation's sightings (made when new); answers them as they now stand. */
    @Transactional
    List<Sighting> add(UUID organisation, Reporting reporting, Collection<Tally.Count> counts, Instant now) {
        List<Sighting> changed = new ArrayList<>();
        for (Tally.Count c : counts) {
            changed.add(jdbc.sql("""
                    insert into detect_sightings (id, indicator_id, producer_org, organisation_id, window_start, count,
                      first_seen, last_seen, tlp, anonymous, created_at, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (indicator_id, producer_org, organisation_id, window_start) do update set
                      count = detect_sightings.count + excluded.count,
                      first_seen = least(detect_sightings.first_seen, excluded.first_seen),
                      last_seen = greatest(detect_sightings.last_seen, excluded.last_seen),
                      version = detect_sightings.version + 1,
                      -- each version is later than the one before it, as STIX versions must be
                      updated_at = greatest(excluded.updated_at, detect_sightings.updated_at + interval '1 millisecond')
                    returning *""")
                    .params(UUID.randomUUID(), c.indicator(), c.producer(), organisation, seconds(c.windowStart()), c.count(),
                            seconds(c.firstSeen()), seconds(c.lastSeen()), reporting.tlp().name(), reporting.anonymous(),
                            Timestamp.from(now), Timestamp.from(now))
                    .query(SightingStore::map).single());
        }
        return changed;
    }

    /**
     * A retro-hunt's sighting: the organisation sent one of the indicator's values on the day starting at
     * {@code dayStart}; stored with a count of one unless a sighting of that indicator copy and window exists (then
     * nothing changes, so hunting again adds nothing). The window is the day's first.
     */
    java.util.Optional<Sighting> addRetro(UUID organisation, Reporting reporting, String indicator, UUID producer,
                                          long dayStart, Instant now) {
        return jdbc.sql("""
                insert into detect_sightings (id, indicator_id, producer_org, organisation_id, window_start, count,
                  first_seen, last_seen, tlp, anonymous, created_at, updated_at)
                values (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)
                on conflict (indicator_id, producer_org, organisation_id, window_start) do nothing
                returning *""")
                .params(UUID.randomUUID(), indicator, producer, organisation, seconds(dayStart), seconds(dayStart),
                        seconds(dayStart + 86_399), reporting.tlp().name(), reporting.anonymous(), Timestamp.from(now), Timestamp.from(now))
                .query(SightingStore::map).optional();
    }

    /** Sightings whose latest version has not been queued into intel's store, oldest change first. */
    List<Sighting> unpublished(int limit) {
        return jdbc.sql("select * from detect_sightings where published_version < version order by updated_at limit ?")
                .param(limit).query(SightingStore::map).list();
    }

    void published(Sighting s) {
        jdbc.sql("update detect_sightings set published_version = greatest(published_version, ?) where id = ?")
                .params(s.version(), s.id()).update();
    }

    List<Sighting> ofIndicator(String indicator, int limit) {
        return jdbc.sql("select * from detect_sightings where indicator_id = ? order by last_seen desc limit ?")
                .params(indicator, limit).query(SightingStore::map).list();
    }

    /** The organisation's sightings, the latest seen first. */
    List<Sighting> ofOrganisation(UUID organisation, int limit) {
        return jdbc.sql("select * from detect_sightings where organisation_id = ? order by last_seen desc limit ?")
                .params(organisation, limit).query(SightingStore::map).list();
    }

    Reporting reporting(UUID organisation) {
        return jdbc.sql("select tlp, anonymous from detect_reporting where organisation_id = ?").param(organisation)
                .query((rs, n) -> new Reporting(Tlp.valueOf(rs.getString(1)), rs.getBoolean(2))).optional()
                .orElse(Reporting.DEFAULT);
    }

    void choose(UUID organisation, Reporting reporting, UUID by, Instant now) {
        jdbc.sql("""
                insert into detect_reporting (organisation_id, tlp, anonymous, changed_by, changed_at) values (?, ?, ?, ?, ?)
                on conflict (organisation_id) do update set tlp = excluded.tlp, anonymous = excluded.anonymous,
                  changed_by = excluded.changed_by, changed_at = excluded.changed_at""")
                .params(organisation, reporting.tlp().name(), reporting.anonymous(), by, Timestamp.from(now)).update();
    }

    private static Timestamp seconds(long epochSecond) {
        return Timestamp.from(Instant.ofEpochSecond(epochSecond));
    }

    private static Sighting map(ResultSet rs, int row) throws SQLException {
        return new Sighting(rs.getObject("id", UUID.class), rs.getString("indicator_id"), rs.getObject("producer_org", UUID.class),
                rs.getObject("organisation_id", UUID.class), rs.getTimestamp("window_start").toInstant(), rs.getLong("count"),
                rs.getTimestamp("first_seen").toInstant(), rs.getTimestamp("last_seen").toInstant(), Tlp.valueOf(rs.getString("tlp")),
                rs.getBoolean("anonymous"), rs.getInt("version"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
