package org.sipar.advisory.internal.portal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sipar.sharing.Reader;
import org.sipar.sharing.SharingPolicy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The home page's severity strip: how many advisories a reader may see were published since a day, per aggregate
 * severity; counted over the published documents through the one sharing policy's condition, one per advisory.
 */
@Repository
class PortalFigures {

    static final List<String> SEVERITIES = List.of("critical", "high", "medium", "low");
    private final JdbcClient jdbc;
    private final SharingPolicy policy;

    PortalFigures(JdbcClient jdbc, SharingPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    /** The counts per severity, critical first, every severity present (0 when none). */
    Map<String, Long> bySeverity(Reader reader, Instant since) {
        SharingPolicy.Condition visible = policy.condition(reader, "d");
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("since", Timestamp.from(since));
        Map<String, Long> counts = new LinkedHashMap<>();
        SEVERITIES.forEach(s -> counts.put(s, 0L));
        jdbc.sql("select lower(d.severity), count(*) from advisory_documents d where d.latest and d.lang = 'en'"
                        + " and not d.withdrawn and d.severity is not null and d.released_at >= :since and " + visible.sql()
                        + " group by 1")
                .params(params).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> counts.computeIfPresent(e.getKey(), (k, v) -> e.getValue()));
        return counts;
    }
}
