package org.sipar.platform.web;

import jakarta.servlet.http.HttpSession;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When each viewer last opened the dashboard (V19). A visit is a session: the first dashboard view of a session
 * reads the visit before it and records this one; later views in the session keep answering that earlier visit,
 * so that "new since your last visit" does not empty itself on every reload.
 */
@Component
class DashboardVisits {

    private static final String PREVIOUS = DashboardVisits.class.getName() + ".previous";
    private static final Instant FIRST = Instant.EPOCH;

    private final JdbcClient jdbc;
    private final Clock clock;

    DashboardVisits(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The visit before this session's of {@code viewer}, or null on their first; records this one. */
    Instant previous(String viewer, HttpSession session) {
        Instant known = (Instant) session.getAttribute(PREVIOUS);
        if (known == null) {
            known = record(viewer).orElse(FIRST);
            session.setAttribute(PREVIOUS, known);
        }
        return known.equals(FIRST) ? null : known;
    }

    /** Records a visit now, returning the one it replaces. */
    Optional<Instant> record(String viewer) {
        Optional<Instant> before = jdbc.sql("select visited_at from dashboard_visits where viewer = ?").params(viewer)
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
        jdbc.sql("insert into dashboard_visits (viewer, visited_at) values (?, ?)"
                        + " on conflict (viewer) do update set visited_at = excluded.visited_at")
                .params(viewer, Timestamp.from(clock.instant())).update();
        return before;
    }
}
