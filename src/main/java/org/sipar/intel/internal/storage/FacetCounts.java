package org.sipar.intel.internal.storage;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sipar.intel.ObjectCounts;
import org.sipar.intel.ObjectQuery;
import org.sipar.intel.StoredObject;
import org.sipar.sharing.Reader;
import org.sipar.sharing.SharingPolicy;
import org.sipar.sharing.Tlp;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counts what a query finds per type and TLP level, under the sharing policy, in one statement grouped by both:
 * each facet's counts then follow from it by summing over the other facet's choice. Rows with granular markings
 * (few) are read and cut by the policy first, as a listing would, so that a row withheld whole is not counted.
 */
final class FacetCounts {

    private final JdbcClient jdbc;
    private final SharingPolicy policy;
    private final Redactions redactions;
    private final int cap;

    FacetCounts(JdbcClient jdbc, SharingPolicy policy, Redactions redactions, int cap) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.redactions = redactions;
        this.cap = cap;
    }

    ObjectCounts count(Reader reader, ObjectQuery query) {
        ObjectSql sql = ObjectSql.counting(policy, reader, query);
        Map<String, Map<Tlp, Long>> cells = new HashMap<>();
        List<Long> marked = new ArrayList<>();
        long[] read = {0};
        jdbc.sql(sql.countSql(cap)).params(sql.params()).query(rs -> {
            Long[] seqs = rs.getArray("marked") == null ? new Long[0] : (Long[]) rs.getArray("marked").getArray();
            marked.addAll(List.of(seqs));
            read[0] += rs.getLong("n");
            add(cells, rs.getString("type"), Tlp.valueOf(rs.getString("tlp")), rs.getLong("n") - seqs.length);
        });
        if (!marked.isEmpty()) {
            boolean matchedOnContent = query.text() != null && !query.text().isBlank() || !query.facets().labels().isEmpty();
            List<StoredObject> rows = jdbc.sql(ObjectSql.rowsBySeq()).param("seqs", marked.toArray(Long[]::new))
                    .query(StoredObjects::stored).list();
            redactions.apply(reader, rows, matchedOnContent).forEach(row -> add(cells, row.type(), row.tlp(), 1));
        }
        return sums(query, cells, read[0] <= cap);
    }

    private static void add(Map<String, Map<Tlp, Long>> cells, String type, Tlp tlp, long n) {
        cells.computeIfAbsent(type, t -> new EnumMap<>(Tlp.class)).merge(tlp, n, Long::sum);
    }

    /** Each facet's counts under the other facet's choice, and the total under both. */
    private static ObjectCounts sums(ObjectQuery query, Map<String, Map<Tlp, Long>> cells, boolean exact) {
        Map<String, Long> types = new HashMap<>();
        Map<Tlp, Long> tlps = new EnumMap<>(Tlp.class);
        long total = 0;
        for (Map.Entry<String, Map<Tlp, Long>> type : cells.entrySet()) {
            boolean typeChosen = query.types().isEmpty() ? !query.facets().hiddenTypes().contains(type.getKey())
                    : query.types().contains(type.getKey());
            for (Map.Entry<Tlp, Long> cell : type.getValue().entrySet()) {
                boolean tlpChosen = query.facets().tlps().isEmpty() || query.facets().tlps().contains(cell.getKey());
                if (tlpChosen) {
                    types.merge(type.getKey(), cell.getValue(), Long::sum);
                }
                if (typeChosen) {
                    tlps.merge(cell.getKey(), cell.getValue(), Long::sum);
                }
                total += typeChosen && tlpChosen ? cell.getValue() : 0;
            }
        }
        return new ObjectCounts(total, exact, types, tlps);
    }
}
