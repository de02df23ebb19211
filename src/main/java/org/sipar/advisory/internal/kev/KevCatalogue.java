package org.sipar.advisory.internal.kev;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The catalogue's table: entries by CVE, newest first, and its revision. Callers hold the transaction. */
@Repository
class KevCatalogue {

    /** What saving an entry did. */
    enum Saved { ADDED, UPDATED, UNCHANGED, KEPT_NATIONAL }

    private static final String COLUMNS = "cve_id, vendor_project, product, vulnerability_name, date_added,"
            + " short_description, required_action, due_date, known_ransomware_campaign_use, notes, cwes";
    private static final String NEWEST_FIRST = " order by date_added desc, cve_id desc";

    private final JdbcClient jdbc;
    private final org.sipar.platform.PublicAnswers answers;

    KevCatalogue(JdbcClient jdbc, org.sipar.platform.PublicAnswers answers) {
        this.answers = answers;
        this.jdbc = jdbc;
    }

    Optional<KevRecord> find(String cveId) {
        return jdbc.sql("select * from advisory_kev where cve_id = ?").param(cveId).query(KevCatalogue::map).optional();
    }

    /** Every entry, newest first, for the JSON and CSV. */
    List<KevEntry> all() {
        return jdbc.sql("select * from advisory_kev" + NEWEST_FIRST).query(KevCatalogue::map).list()
                .stream().map(KevRecord::entry).toList();
    }

    KevPage page(KevQuery q) {
        String where = " where " + """
                (cast(:text as text) is null or strpos(lower(cve_id || ' ' || vendor_project || ' ' || product
                        || ' ' || vulnerability_name || ' ' || short_description), lower(:text)) > 0)
                   and (cast(:ransomware as text) is null or known_ransomware_campaign_use = :ransomware)
                   and (cast(:from as date) is null or date_added >= :from)
                   and (cast(:to as date) is null or date_added <= :to)""";
        long total = filtered(jdbc.sql("select count(*) from advisory_kev" + where), q).query(Long.class).single();
        List<KevRecord> records = filtered(jdbc.sql("select * from advisory_kev" + where + NEWEST_FIRST
                + " offset :offset limit :limit"), q).param("offset", q.offset()).param("limit", q.limit())
                .query(KevCatalogue::map).list();
        return new KevPage(records, total, q);
    }

    private static JdbcClient.StatementSpec filtered(JdbcClient.StatementSpec sql, KevQuery q) {
        return sql.param("text", q.text()).param("ransomware", q.ransomware())
                .param("from", q.addedFrom()).param("to", q.addedTo());
    }

    /**
     * Adds or updates the entry. An imported entry does not replace a national one (which a person decided on);
     * an entry equal to the stored one is left as it is, so its change time says when it last changed.
     */
    Saved save(KevEntry e, String origin, String actor, Instant now) {
        Optional<Boolean> added = jdbc.sql("insert into advisory_kev (" + COLUMNS + """
                , origin, added_by, added_at, changed_by, changed_at)
                values (:cve, :vendor, :product, :name, :added, :description, :action, :due, :ransomware, :notes,
                        cast(:cwes as text[]), :origin, :actor, :now, :actor, :now)
                on conflict (cve_id) do update set vendor_project = excluded.vendor_project, product = excluded.product,
                    vulnerability_name = excluded.vulnerability_name, date_added = excluded.date_added,
                    short_description = excluded.short_description, required_action = excluded.required_action,
                    due_date = excluded.due_date, known_ransomware_campaign_use = excluded.known_ransomware_campaign_use,
                    notes = excluded.notes, cwes = excluded.cwes, origin = excluded.origin,
                    changed_by = excluded.changed_by, changed_at = excluded.changed_at
                where (advisory_kev.origin = 'imported' or excluded.origin = 'national')
                  and (advisory_kev.vendor_project, advisory_kev.product, advisory_kev.vulnerability_name,
                       advisory_kev.date_added, advisory_kev.short_description, advisory_kev.required_action,
                       advisory_kev.due_date, advisory_kev.known_ransomware_campaign_use, advisory_kev.notes,
                       advisory_kev.cwes, advisory_kev.origin)
                      is distinct from (excluded.vendor_project, excluded.product, excluded.vulnerability_name,
                       excluded.date_added, excluded.short_description, excluded.required_action, excluded.due_date,
                       excluded.known_ransomware_campaign_use, excluded.notes, excluded.cwes, excluded.origin)
                returning (xmax = 0) as added""")
                .param("cve", e.cveId()).param("vendor", e.vendorProject()).param("product", e.product())
                .param("name", e.vulnerabilityName()).param("added", e.dateAdded())
                .param("description", e.shortDescription()).param("action", e.requiredAction())
                .param("due", e.dueDate()).param("ransomware", e.knownRansomwareCampaignUse())
                .param("notes", e.notes()).param("cwes", e.cwes().toArray(String[]::new))
                .param("origin", origin).param("actor", actor).param("now", java.sql.Timestamp.from(now))
                .query(Boolean.class).optional();
        if (added.isPresent()) {
            return added.get() ? Saved.ADDED : Saved.UPDATED;
        }
        boolean national = find(e.cveId()).map(KevRecord::national).orElse(false);
        return national && !"national".equals(origin) ? Saved.KEPT_NATIONAL : Saved.UNCHANGED;
    }

    /** Removes the entry; whether there was one. */
    boolean remove(String cveId) {
        return jdbc.sql("delete from advisory_kev where cve_id = ?").param(cveId).update() > 0;
    }

    long count() {
        return jdbc.sql("select count(*) from advisory_kev").query(Long.class).single();
    }

    Revision revision() {
        return jdbc.sql("select revision, changed_at from advisory_kev_revision")
                .query((rs, n) -> new Revision(rs.getLong(1), rs.getTimestamp(2).toInstant())).single();
    }

    /** Marks the catalogue changed at {@code now}, for its ETag and Last-Modified and the home page's figures. */
    void changed(Instant now) {
        jdbc.sql("update advisory_kev_revision set revision = revision + 1, changed_at = ?")
                .param(java.sql.Timestamp.from(now)).update();
        answers.changed();
    }

    private static KevRecord map(ResultSet rs, int row) throws SQLException {
        KevEntry entry = new KevEntry(rs.getString("cve_id"), rs.getString("vendor_project"), rs.getString("product"),
                rs.getString("vulnerability_name"), rs.getObject("date_added", java.time.LocalDate.class),
                rs.getString("short_description"), rs.getString("required_action"),
                rs.getObject("due_date", java.time.LocalDate.class), rs.getString("known_ransomware_campaign_use"),
                rs.getString("notes"), strings(rs.getArray("cwes")));
        return new KevRecord(entry, rs.getString("origin"), rs.getString("added_by"),
                rs.getTimestamp("added_at").toInstant(), rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
