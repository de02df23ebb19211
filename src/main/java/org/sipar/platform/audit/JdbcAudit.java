package org.sipar.platform.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sipar.platform.Audit;
import org.sipar.platform.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/** The audit trail kept in PostgreSQL, details as jsonb. */
@Component
class JdbcAudit implements Audit {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcAudit(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void record(String action, String target, Map<String, ?> details) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        UUID actorId = auth != null && auth.getPrincipal() instanceof Viewer v ? v.personId() : null;
        String actor = auth == null ? "anonymous" : auth.getName();
        record(new Entry(actorId, actor, action, target, true, currentIp(), details));
    }

    @Override
    public void refused(String action, String target, String reason) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        UUID actorId = auth != null && auth.getPrincipal() instanceof Viewer v ? v.personId() : null;
        String actor = auth == null || !auth.isAuthenticated() ? "anonymous" : auth.getName();
        record(new Entry(actorId, actor, action, target, false, currentIp(),
                Map.of("reason", reason == null ? "" : reason)));
    }

    @Override
    public Page search(Filter f) {
        boolean prefix = f.action() != null && f.action().endsWith(".");
        List<Recorded> rows = jdbc.sql("""
                select id, at, actor, action, target, outcome, host(source_ip) as ip, details::text as details
                from audit_log
                where (cast(:action as text) is null or (case when :prefix then action like :like || '%' else action = :action end))
                  and (cast(:actor as text) is null or actor = :actor)
                  and (cast(:from as timestamptz) is null or at >= cast(:from as timestamptz))
                  and (cast(:before as timestamptz) is null or at < cast(:before as timestamptz))
                  and (:before_id = 0 or id < :before_id)
                order by id desc limit :limit""")
                .param("action", f.action()).param("prefix", prefix)
                .param("like", f.action() == null ? null : f.action().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")).param("actor", f.actor())
                .param("from", f.from() == null ? null : java.sql.Timestamp.from(f.from()))
                .param("before", f.before() == null ? null : java.sql.Timestamp.from(f.before()))
                .param("before_id", f.beforeId()).param("limit", f.limit() + 1)
                .query(JdbcAudit::recorded).list();
        boolean more = rows.size() > f.limit();
        List<Recorded> page = more ? rows.subList(0, f.limit()) : rows;
        return new Page(page, more ? page.getLast().id() : 0);
    }

    @Override
    public void record(Entry e) {
        jdbc.sql("""
                insert into audit_log (actor_id, actor, action, target, outcome, source_ip, details)
                values (?, ?, ?, ?, ?, cast(? as inet), cast(? as jsonb))""")
                .params(e.actorId(), e.actor(), e.action(), e.target(), e.success() ? "success" : "failure",
                        e.sourceIp(), json.writeValueAsString(e.details()))
                .update();
    }

    @Override
    public List<Recorded> recent(String actionPrefix, String actor, int limit) {
        return jdbc.sql("""
                select id, at, actor, action, target, outcome, host(source_ip) as ip, details::text as details
                from audit_log
                where (cast(:prefix as text) is null or action like :prefix || '%')
                  and (cast(:actor as text) is null or actor = :actor)
                order by id desc limit :limit""")
                .param("prefix", blankToNull(actionPrefix))
                .param("actor", blankToNull(actor))
                .param("limit", Math.clamp(limit, 1, 1000))
                .query(JdbcAudit::recorded)
                .list();
    }

    @Override
    public List<DayCount> perDay(int days) {
        return jdbc.sql("""
                select d::date as day, count(a.id) as total, count(a.id) filter (where a.outcome = 'failure') as failures
                from generate_series(current_date - (:days - 1), current_date, interval '1 day') d
                left join audit_log a on a.at >= d and a.at < d + interval '1 day'
                group by d order by d""")
                .param("days", Math.clamp(days, 1, 366))
                .query((rs, n) -> new DayCount(rs.getObject("day", LocalDate.class), rs.getLong("total"),
                        rs.getLong("failures")))
                .list();
    }

    private static Recorded recorded(ResultSet rs, int row) throws SQLException {
        return new Recorded(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("target"), "success".equals(rs.getString("outcome")),
                rs.getString("ip"), rs.getString("details"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String currentIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
