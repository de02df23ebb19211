package org.sipar.intel.internal.storage;

import java.util.ArrayList;
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
        long bytes = 0;
        long cursor = query.afterSeq();
        while (true) {
            ObjectSql sql = new ObjectSql(policy, reader, query.withAfterSeq(cursor));
            List<StoredObject> found = jdbc.sql(sql.sql(Math.max(1, maxPageBytes - bytes))).params(sql.params())
                    .query(StoredObjects::stored).list();
            List<StoredObject> rows = found.stream().takeWhile(row -> row.json() != null).toList();
            for (StoredObject row : redactions.apply(reader, rows, matchedOnContent)) {
                if (shown.size() == query.limit() || !shown.isEmpty() && bytes + row.json().length() > maxPageBytes) {
                    return new ObjectPage(List.copyOf(shown), true, shown.getLast().position());
                }
                shown.add(row);
                bytes += row.json().length();
            }
            if (rows.isEmpty() || found.size() <= query.limit() && found.size() == rows.size()) {
                return new ObjectPage(List.copyOf(shown), false, shown.isEmpty() ? query.afterSeq() : shown.getLast().position());
            }
            cursor = rows.getLast().position();
        }
    }
}
