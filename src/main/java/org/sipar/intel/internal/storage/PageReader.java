package org.sipar.intel.internal.storage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.sipar.intel.ObjectPage;
import org.sipar.intel.ObjectQuery;
import org.sipar.intel.StoredObject;
import org.sipar.sharing.Reader;
import org.sipar.sharing.SharingPolicy;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads pages of objects under the sharing policy, cut by count and by bytes. */
final class PageReader {

    private final JdbcClient jdbc;
    private final SharingPolicy policy;
    private final Redactions redactions;
    private final long maxPageBytes;

    PageReader(JdbcClient jdbc, SharingPolicy policy, Redactions redactions, long maxPageBytes) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.redactions = redactions;
        this.maxPageBytes = maxPageBytes;
    }

    /**
     * One page of what the reader may see. Rows withheld whole (by granular markings) are skipped and the next
     * rows read in their place, and the cursor and "more" follow the rows shown, so that a withheld row is
     * indistinguishable from no row. A page holds at most {@code limit} objects and, beyond its first, at most
     * {@code sipar.intel.max-page-bytes} of them.
     */
    ObjectPage read(Reader reader, ObjectQuery query) {
        boolean matchedOnContent = query.text() != null && !query.text().isBlank() || !query.facets().labels().isEmpty();
        List<StoredObject> shown = new ArrayList<>();
        Map<Long, String> keys = new HashMap<>();
        long bytes = 0;
        ObjectQuery next = query;
        while (true) {
            ObjectSql sql = new ObjectSql(policy, reader, next);
            List<StoredObject> found = jdbc.sql(sql.sql(Math.max(1, maxPageBytes - bytes))).params(sql.params())
                    .query((rs, n) -> {
                        StoredObject row = StoredObjects.stored(rs, n);
                        keys.put(row.seq(), rs.getString("sort_key"));
                        return row;
                    }).list();
            List<StoredObject> rows = found.stream().takeWhile(row -> row.json() != null).toList();
            for (StoredObject row : redactions.apply(reader, rows, matchedOnContent)) {
                if (shown.size() == query.limit() || !shown.isEmpty() && bytes + row.json().length() > maxPageBytes) {
                    return page(shown, true, query, keys);
                }
                shown.add(row);
                bytes += row.json().length();
            }
            if (rows.isEmpty() || found.size() <= query.limit() && found.size() == rows.size()) {
                return page(shown, false, query, keys);
            }
            StoredObject last = rows.getLast();
            next = query.withAfterSeq(last.position()).withOrder(query.order().after(keys.get(last.seq())));
        }
    }

    /** The page of {@code shown}, whose cursor is its last row's position (and sort key), or the query's own when empty. */
    private static ObjectPage page(List<StoredObject> shown, boolean more, ObjectQuery query, Map<Long, String> keys) {
        if (shown.isEmpty()) {
            return new ObjectPage(List.of(), more, query.afterSeq(), query.order().afterKey());
        }
        StoredObject last = shown.getLast();
        return new ObjectPage(List.copyOf(shown), more, last.position(), keys.get(last.seq()));
    }
}
