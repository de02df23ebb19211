package org.sipar.intel.internal.ingestion;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sipar.intel.ImportedObjects;
import org.sipar.intel.internal.storage.WriteLog;
import org.sipar.sharing.Reader;
import org.sipar.sharing.SharingPolicy;
import org.sipar.sharing.Tlp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The versions an import stored, found through the writes its batches made (intel_import_writes), as far as the
 * reader may see them: the sharing policy's condition is in the query, so a version the reader may not read is
 * neither listed nor counted. Deleted versions are gone from the list. Paged by the write log's cursor.
 */
@Component
class ImportedObjectList {

    private static final String ROWS = "intel_import_writes iw join intel_writes w on w.write_id = iw.write_id"
            + " join intel_objects o on o.write_id = iw.write_id";

    private static final String CURSOR = "(w.position * " + WriteLog.INDEXES + " + o.write_index)";

    private final JdbcClient jdbc;
    private final SharingPolicy policy;

    ImportedObjectList(JdbcClient jdbc, SharingPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    /** Up to {@code limit} versions of import {@code importId} after cursor {@code after}, and how many there are. */
    ImportedObjects page(Reader reader, UUID importId, long after, int limit) {
        int size = Math.clamp(limit, 1, 500);
        SharingPolicy.Condition visible = policy.condition(reader, "o");
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("import", importId);
        params.put("after", Math.max(0, after));
        String where = " where iw.import_id = :import and " + visible.sql();
        List<Cursored> rows = jdbc.sql("select o.id, o.type, o.object ->> 'name' as name, o.modified, o.tlp, "
                        + CURSOR + " as cursor from " + ROWS + where + " and " + CURSOR + " > :after"
                        + " order by w.position, o.write_index limit " + (size + 1))
                .params(params)
                .query((rs, row) -> new Cursored(new ImportedObjects.Item(rs.getString("id"), rs.getString("type"),
                        rs.getString("name"), rs.getString("modified"), Tlp.valueOf(rs.getString("tlp"))), rs.getLong("cursor")))
                .list();
        long total = jdbc.sql("select count(*) from " + ROWS + where).params(params).query(Long.class).single();
        boolean more = rows.size() > size;
        List<Cursored> page = more ? rows.subList(0, size) : rows;
        return new ImportedObjects(page.stream().map(Cursored::item).toList(), total,
                page.isEmpty() ? after : page.getLast().cursor(), more);
    }

    private record Cursored(ImportedObjects.Item item, long cursor) {
    }
}
