package org.sipar.advisory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sipar.sharing.Distribution;
import org.sipar.sharing.Reader;
import org.sipar.sharing.SharingPolicy;
import org.sipar.sharing.Tlp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The published documents, in {@code advisory_documents}. Every read for a reader goes through the one sharing
 * policy's condition over the document's own distribution columns: what a list, search, feed or file shows is what
 * that reader may see, nothing decided here.
 */
@Repository
public class PublishedDocuments {

    /** Every column but the document's JSON, read as empty. */
    private static final String LISTED = """
            d.advisory_id, d.revision, d.lang, d.tracking_id, d.file_name, '' as document, d.sha256, d.sha512, d.signature,
            d.title, d.summary, d.severity, d.cves, d.products, d.stix_ids, d.released_at, d.initial_release, d.change_summary,
            d.withdrawn, d.category, d.audience, d.tlp, d.publisher_org, d.publisher_person, d.recipient_orgs,
            d.recipient_groups, d.recipient_people""";
    private final JdbcClient jdbc;
    private final SharingPolicy policy;

    PublishedDocuments(JdbcClient jdbc, SharingPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    /** Stores {@code d} as its advisory's newest revision in its language. */
    void add(PublishedDocument d) {
        jdbc.sql("update advisory_documents set latest = false where advisory_id = ? and lang = ? and latest")
                .params(d.advisoryId(), d.lang()).update();
        Distribution x = d.distribution();
        jdbc.sql("""
                insert into advisory_documents (advisory_id, revision, lang, tracking_id, file_name, document, sha256, sha512,
                  signature, title, summary, severity, cves, products, stix_ids, released_at, initial_release, change_summary, withdrawn,
                  search, tlp, audience, category, publisher_org, publisher_person, recipient_orgs, recipient_groups,
                  recipient_people, latest)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?::text[], ?::text[], ?, ?, ?, ?,
                  to_tsvector('simple', ? || ' ' || ? || ' ' || ? || ' ' || ?), ?, ?, ?, ?, ?, ?::uuid[], ?::uuid[], ?::uuid[], true)""")
                .params(d.advisoryId(), d.revision(), d.lang(), d.trackingId(), d.fileName(), d.json(), d.sha256(),
                        d.sha512(), d.signature(), d.title(), d.summary(), d.severity(), textArray(d.cves()),
                        textArray(d.products()), textArray(d.stixIds()), Timestamp.from(d.releasedAt()), Timestamp.from(d.initialRelease()),
                        d.changeSummary(), d.withdrawn(), d.trackingId(), d.title(), d.summary(),
                        String.join(" ", d.cves()) + " " + String.join(" ", d.products()), x.tlp().name(),
                        d.audience().name(), d.category().csaf(), x.publisherOrganisation(), x.publisherPerson(),
                        Advisories.array(x.organisations()), Advisories.array(x.groups()), Advisories.array(x.people()))
                .update();
    }

    /** The revision history so far: the English documents' revisions (every revision has one), oldest first. */
    List<CsafDocuments.RevisionEntry> history(UUID advisory) {
        return jdbc.sql("select revision, released_at, change_summary from advisory_documents where advisory_id = ? and lang = 'en' order by revision")
                .param(advisory).query((rs, n) -> new CsafDocuments.RevisionEntry(rs.getInt(1), rs.getTimestamp(2).toInstant(),
                        rs.getString(3))).list();
    }

    /** The newest documents {@code reader} may see that {@code q} selects, newest release first. */
    public List<PublishedDocument> latest(Reader reader, DocumentQuery q) {
        SharingPolicy.Condition visible = policy.condition(reader, "d");
        Map<String, Object> params = new HashMap<>(visible.params());
        StringBuilder sql = new StringBuilder("select * from advisory_documents d where d.latest and ").append(visible.sql());
        q.appendTo(sql, params);
        sql.append(" order by d.released_at desc, d.tracking_id limit :limit offset :offset");
        params.put("limit", q.limit());
        params.put("offset", q.offset());
        return jdbc.sql(sql.toString()).params(params).query(PublishedDocuments::map).list();
    }

    /** The newest document in file {@code fileName}, if {@code reader} may see it. */
    public Optional<PublishedDocument> file(Reader reader, String fileName) {
        return visibleWhere(reader, "d.file_name = :file", Map.of("file", fileName)).stream().findFirst();
    }

    /** The newest documents (one per language) of the advisory tracked as {@code trackingId} that {@code reader} may see. */
    public List<PublishedDocument> advisory(Reader reader, String trackingId) {
        return visibleWhere(reader, "d.advisory_id = (select advisory_id from advisory_documents where upper(tracking_id) = upper(:tracking) limit 1)",
                Map.of("tracking", trackingId));
    }

    /**
     * Every newest document at {@code levels}, for the provider's index, changes and ROLIE feed: without their JSON
     * ({@link PublishedDocument#json()} is empty), which no listing shows and which would be megabytes per listing.
     */
    public List<PublishedDocument> atTlp(Reader reader, List<Tlp> levels) {
        String in = String.join(",", levels.stream().map(t -> "'" + t.name() + "'").toList());
        return visibleWhere(LISTED, reader, "d.tlp in (" + in + ")", Map.of());
    }

    /** When the newest document {@code reader} may see at {@code levels} was released, if there is one. */
    public Optional<java.time.Instant> lastRelease(Reader reader, List<Tlp> levels) {
        SharingPolicy.Condition visible = policy.condition(reader, "d");
        String in = String.join(",", levels.stream().map(t -> "'" + t.name() + "'").toList());
        return jdbc.sql("select max(d.released_at) from advisory_documents d where d.latest and d.tlp in (" + in + ") and "
                + visible.sql()).params(visible.params()).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    private List<PublishedDocument> visibleWhere(Reader reader, String where, Map<String, Object> own) {
        return visibleWhere("d.*", reader, where, own);
    }

    private List<PublishedDocument> visibleWhere(String columns, Reader reader, String where, Map<String, Object> own) {
        SharingPolicy.Condition visible = policy.condition(reader, "d");
        Map<String, Object> params = new HashMap<>(visible.params());
        params.putAll(own);
        return jdbc.sql("select " + columns + " from advisory_documents d where d.latest and " + where + " and "
                + visible.sql() + " order by d.released_at desc, d.lang").params(params).query(PublishedDocuments::map).list();
    }

    static PublishedDocument map(ResultSet rs, int row) throws SQLException {
        Distribution d = new Distribution(Tlp.valueOf(rs.getString("tlp")), rs.getObject("publisher_org", UUID.class),
                rs.getObject("publisher_person", UUID.class), Advisories.uuids(rs.getArray("recipient_orgs")),
                Advisories.uuids(rs.getArray("recipient_groups")), Advisories.uuids(rs.getArray("recipient_people")));
        return new PublishedDocument(rs.getObject("advisory_id", UUID.class), rs.getInt("revision"), rs.getString("lang"),
                rs.getString("tracking_id"), rs.getString("file_name"), rs.getString("document"), rs.getString("sha256"),
                rs.getString("sha512"), rs.getString("signature"), rs.getString("title"), rs.getString("summary"),
                rs.getString("severity"), texts(rs.getArray("cves")), texts(rs.getArray("products")), texts(rs.getArray("stix_ids")),
                rs.getTimestamp("released_at").toInstant(), rs.getTimestamp("initial_release").toInstant(),
                rs.getString("change_summary"), rs.getBoolean("withdrawn"), Category.ofCsaf(rs.getString("category")),
                Audience.valueOf(rs.getString("audience")), d);
    }

    private static List<String> texts(java.sql.Array a) throws SQLException {
        return a == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) a.getArray()));
    }

    private static String textArray(List<String> values) {
        return values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }
}
