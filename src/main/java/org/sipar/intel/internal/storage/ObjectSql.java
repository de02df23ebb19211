package org.sipar.intel.internal.storage;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sipar.intel.ObjectQuery;
import org.sipar.intel.Order;
import org.sipar.intel.VersionSelection;
import org.sipar.sharing.Reader;
import org.sipar.sharing.SharingPolicy;

/** Turns an {@link ObjectQuery} into one SQL statement, with the sharing policy's condition always in it. */
final class ObjectSql {

    /**
     * True when no newer version of the row exists in its copy at all (V7): then it is the latest of that copy the
     * reader may see, and the look-up of a newer visible version after it, one random index probe per row, is skipped.
     */
    static final String LATEST = "not o.superseded";

    /** Whether the row of alias {@code a} belongs to the reader's own organisation's copy (never for anonymous readers). */
    private static String own(String a) {
        return "coalesce(" + a + ".publisher_org = cast(:copy_org as uuid), false)";
    }

    /**
     * Of the copies of an id that several organisations hold, a reader is shown one (see the intel module's
     * package documentation): their own organisation's; failing that the owner's (rank 0, the first to publish
     * the id); failing that the one of the lowest organisation id. Only copies the reader may see take part:
     * {@code visible} is the policy's condition over alias {@code p}. Rows of ids with one copy skip the look-up.
     */
    static String preferredCopy(String visible) {
        String preferred = "(" + own("p") + " and not " + own("o") + ") or (" + own("p") + " = " + own("o")
                + " and (p.copy_rank < o.copy_rank or (p.copy_rank = o.copy_rank and p.publisher_org < o.publisher_org)))";
        return "(not o.copied or not exists (select 1 from intel_objects p where p.id = o.id"
                + " and p.publisher_org is distinct from o.publisher_org and " + visible + " and (" + preferred + ")))";
    }

    /** Whether no version of the row's copy that the reader may see ({@code visible} over alias n) is newer. */
    static String latestOfCopy(String visible) {
        return "(" + LATEST + " or not exists (select 1 from intel_objects n where n.id = o.id"
                + " and n.publisher_org is not distinct from o.publisher_org and n.modified_at > o.modified_at and " + visible + "))";
    }

    /** When a row was added (V11): its write's time plus its index in microseconds, unique and in listing order. */
    static final String DATE_ADDED = "(w.added_at + o.write_index * interval '1 microsecond')";
    /** The paging cursor of a row: its write's position (in commit order) and its index, in one number ({@link WriteLog#cursor}). */
    static final String POSITION = "(w.position * " + WriteLog.INDEXES + " + o.write_index)";
    /** The rows with their writes, which give their order and date_added. */
    static final String ROWS = "intel_objects o join intel_writes w on w.write_id = o.write_id";

    private static final String COLUMNS = "o.seq, " + POSITION + " as position, o.id, o.type, o.spec_version, o.modified, "
            + DATE_ADDED + " as date_added, o.tlp, o.pap, o.revoked, o.size_bytes, o.object";
    /** Commit order has no sort key. */
    private static final String NO_KEY = ", cast(null as text) as sort_key";

    private final List<String> where = new ArrayList<>();
    private final Order order;
    /** The sort key's expression ({@link OrderSql}); null in commit order. */
    private final String sortKey;
    private final Map<String, Object> params = new HashMap<>();
    private final int limit;
    /** No filter that would find few rows: a listing that is best read write by write (see {@link #sql}). */
    private final boolean plainListing;

    ObjectSql(SharingPolicy policy, Reader reader, ObjectQuery q) {
        SharingPolicy.Condition visible = policy.condition(reader, "o");
        where.add(visible.sql());
        params.putAll(visible.params());
        scope(q.scope());
        if (q.addedAfter() != null) {
            // The first condition finds the writes on the index; a write spans less than 2 s of date_added.
            where.add("w.added_at > cast(:added_after as timestamptz) - interval '2 seconds'");
            add(DATE_ADDED + " > :added_after", "added_after", Timestamp.from(q.addedAfter()));
        }
        if (!q.ids().isEmpty()) {
            add("o.id = any(:ids)", "ids", q.ids().toArray(String[]::new));
        }
        if (!q.types().isEmpty()) {
            add("o.type = any(:types)", "types", q.types().toArray(String[]::new));
        }
        if (!q.specVersions().isEmpty()) {
            add("o.spec_version = any(:spec_versions)", "spec_versions", q.specVersions().toArray(String[]::new));
        }
        if (q.text() != null && !q.text().isBlank()) {
            text(q.text().strip());
        }
        facets(q.facets());
        where.add(versions(q.versions(), policy.condition(reader, "n").sql()));
        where.add(preferredCopy(policy.condition(reader, "p").sql()));
        params.put("copy_org", reader.organisationId());
        order = q.order();
        sortKey = OrderSql.key(q, params);
        cursor(q);
        limit = q.limit() + 1;
        plainListing = q.ids().isEmpty() && q.types().isEmpty() && (q.text() == null || q.text().isBlank())
                && q.facets().labels().isEmpty() && q.facets().tlps().isEmpty() && q.facets().publishers().isEmpty()
                && q.scope() instanceof ObjectQuery.Scope.All && q.addedAfter() == null
                && q.facets().added().from() == null && q.facets().added().before() == null
                && q.facets().modified().from() == null && q.facets().modified().before() == null
                && q.order().key() == Order.Key.ADDED;
    }

    /** The same query with none of the filters that facet counts leave out: type, TLP, hidden types, cursor, order. */
    static ObjectSql counting(SharingPolicy policy, Reader reader, ObjectQuery q) {
        return new ObjectSql(policy, reader, q.withTypes(List.of()).withAfterSeq(0).withOrder(Order.ADDED)
                .withFacets(q.facets().withTlps(List.of()).hiding(List.of())));
    }

    /** Search words match the search vector; a STIX id, which is no word of it, matches the object's id. */
    private void text(String text) {
        params.put("text", text);
        if (OrderSql.STIX_ID.matcher(text).matches()) {
            add("(o.search @@ websearch_to_tsquery('simple', :text) or o.id = :text_id)", "text_id", text.toLowerCase(java.util.Locale.ROOT));
        } else {
            where.add("o.search @@ websearch_to_tsquery('simple', :text)");
        }
    }

    /** Where the page starts: after the cursor's row in commit order, or after its (key, position) in another. */
    private void cursor(ObjectQuery q) {
        if (order.key() != Order.Key.ADDED) {
            if (q.afterSeq() > 0 && order.afterKey() != null) {
                where.add("(" + sortKey + ", " + POSITION + ")" + (order.descending() ? " < " : " > ")
                        + "(cast(:after_key as text) collate \"C\", :after_seq)");
                params.put("after_key", order.afterKey());
                params.put("after_seq", q.afterSeq());
            }
            params.put("after_position", 0L);
            return;
        }
        long afterPosition = q.afterSeq() / WriteLog.INDEXES;
        // Written so that the index on (write_id, write_index) skips the rows of the cursor's own write it passed.
        where.add("o.write_index > (case when w.position = :after_position then :after_index else -1 end)");
        params.put("after_position", afterPosition);
        params.put("after_index", (int) (q.afterSeq() % WriteLog.INDEXES));
    }

    /**
     * The statement: up to limit + 1 rows after the cursor, and the JSON of those within {@code :max_bytes} (the
     * first row's always): a row past the budget comes with a null {@code json}. Its object is never read, as a
     * value stored out of line (TOAST) is fetched only when it is turned into text.
     */
    String sql(long maxBytes) {
        params.put("max_bytes", maxBytes);
        // The limit is written out, not a parameter: with it unknown PostgreSQL cannot cost a generic plan and
        // plans every execution afresh, which took a fifth of a page's time in the database.
        String by = order.key() == Order.Key.ADDED ? "position" : "sort_key" + OrderSql.direction(order)
                + ", %1$s.position" + OrderSql.direction(order);
        return "select x.seq, x.position, x.id, x.type, x.spec_version, x.modified, x.date_added, x.tlp, x.pap, x.revoked,"
                + " x.sort_key, case when x.running - x.size_bytes < :max_bytes then x.object::text end as json"
                + " from (select y.*, sum(y.size_bytes) over (order by y." + by.formatted("y") + " rows unbounded preceding) as running"
                + " from (" + (plainListing ? writeByWrite() : order.key() == Order.Key.ADDED ? joined() : sorted())
                + ") y) x order by x." + by.formatted("x");
    }

    /** The page's rows in the query's order: every matching row is read and the first ones of the order kept. */
    private String sorted() {
        String direction = OrderSql.direction(order);
        return "select " + COLUMNS + ", o.write_index, " + sortKey + " as sort_key from " + ROWS + " where "
                + String.join(" and ", where) + " order by sort_key" + direction + ", " + POSITION + direction + " limit " + limit;
    }

    /**
     * The facet counts' statement: up to {@code cap} + 1 matching rows, counted by type and TLP level, with the
     * seqs of those that carry granular markings, which are counted once the policy has cut them (some are
     * withheld whole). The cap bounds the work: one read of at most that many rows.
     */
    String countSql(int cap) {
        return "select c.type, c.tlp, count(*) as n, array_agg(c.seq) filter (where c.marked) as marked from (select o.type,"
                + " o.tlp, o.seq, (o.object -> 'granular_markings') is not null as marked from " + ROWS + " where "
                + String.join(" and ", where) + " limit " + (cap + 1) + ") c group by c.type, c.tlp";
    }

    /** The rows of {@code seqs} as a listing reads them (for {@link StoredObjects#stored}). */
    static String rowsBySeq() {
        return "select " + COLUMNS + ", o.object::text as json from " + ROWS + " where o.seq = any(:seqs)";
    }

    /**
     * The page's rows as one join of rows and writes, for selective filters (ids, types, text, labels...), which
     * find their rows on their own indexes first.
     */
    private String joined() {
        return "select " + COLUMNS + NO_KEY + ", o.write_index from " + ROWS + " where w.position >= :after_position and "
                + String.join(" and ", where) + " order by w.position, o.write_index limit " + limit;
    }

    /**
     * The page's rows taken write by write, each write's on the (write_id, write_index) index up to the page's
     * size: PostgreSQL cannot tell that this index follows the (position, index) order, and as one join it would
     * read the whole rest of every write the page touches (up to a batch, 1,000 rows) to hand out a page.
     */
    private String writeByWrite() {
        return "select l.* from intel_writes w cross join lateral (select " + COLUMNS + NO_KEY + ", o.write_index"
                + " from intel_objects o where o.write_id = w.write_id and " + String.join(" and ", where)
                + " order by o.write_index limit " + limit + ") l"
                + " where w.position >= :after_position order by w.position, l.write_index limit " + limit;
    }

    Map<String, Object> params() {
        return params;
    }

    private void scope(ObjectQuery.Scope scope) {
        switch (scope) {
            case ObjectQuery.Scope.All all -> { }
            case ObjectQuery.Scope.Group g -> add(":scope_group = any(o.recipient_groups)", "scope_group", g.groupId());
            case ObjectQuery.Scope.Submissions s -> add("o.publisher_org = :scope_org", "scope_org", s.organisationId());
        }
    }

    /**
     * The browse facets, each ANDed with the policy's condition above so that it can only narrow what is seen:
     * labels (any of, on the GIN index), TLP levels and publishers (any of), and the added and modified windows.
     */
    private void facets(ObjectQuery.Facets f) {
        if (!f.labels().isEmpty()) {
            add("o.labels && cast(:facet_labels as text[])", "facet_labels", f.labels().toArray(String[]::new));
        }
        if (!f.tlps().isEmpty()) {
            add("o.tlp = any(:facet_tlps)", "facet_tlps", f.tlps().stream().map(Enum::name).toArray(String[]::new));
        }
        if (!f.hiddenTypes().isEmpty()) {
            // Not selective (it leaves out a few rows): a plain listing stays one, read write by write.
            add("o.type <> all(:facet_hidden_types)", "facet_hidden_types", f.hiddenTypes().toArray(String[]::new));
        }
        if (!f.publishers().isEmpty()) {
            add("o.publisher_org = any(cast(:facet_publishers as uuid[]))", "facet_publishers", f.publishers().toArray(UUID[]::new));
        }
        window(DATE_ADDED, "facet_added", f.added());
        window("o.modified_at", "facet_modified", f.modified());
    }

    private void window(String column, String name, ObjectQuery.Window w) {
        if (w.from() != null) {
            add(column + " >= :" + name + "_from", name + "_from", Timestamp.from(w.from()));
        }
        if (w.before() != null) {
            add(column + " < :" + name + "_before", name + "_before", Timestamp.from(w.before()));
        }
    }

    /**
     * first/last are among the versions of the row's copy the reader may see, so a hidden newer version never hides
     * an older one.
     */
    private String versions(List<VersionSelection> versions, String visibleNewer) {
        List<String> any = new ArrayList<>();
        List<Timestamp> exact = new ArrayList<>();
        for (VersionSelection v : versions) {
            switch (v) {
                case VersionSelection.Named.ALL -> any.add("true");
                case VersionSelection.Named.LAST -> any.add(latestOfCopy(visibleNewer));
                case VersionSelection.Named.FIRST -> any.add("not exists (select 1 from intel_objects n where n.id = o.id"
                        + " and n.publisher_org is not distinct from o.publisher_org and n.modified_at < o.modified_at and " + visibleNewer + ")");
                case VersionSelection.Modified m -> exact.add(Timestamp.from(m.modified()));
            }
        }
        if (!exact.isEmpty()) {
            any.add("o.modified_at = any(:exact_versions)");
            params.put("exact_versions", exact.toArray(Timestamp[]::new));
        }
        return "(" + String.join(" or ", any) + ")";
    }

    private void add(String condition, String name, Object value) {
        where.add(condition);
        params.put(name, value);
    }
}
