package org.sipar.advisory.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

/**
 * What a list of advisories asks for: words to search (title, summary, tracking id, CVE, product), a severity,
 * an audience, a product, a CVE, released between two dates, in one language; a page of it.
 */
public record DocumentQuery(String text, String severity, Audience audience, String product, String cve,
                            Instant from, Instant before, String lang, int limit, int offset) {

    public DocumentQuery {
        text = blankToNull(text);
        severity = blankToNull(severity);
        product = blankToNull(product);
        cve = cve == null || cve.isBlank() ? null : cve.strip().toUpperCase(java.util.Locale.ROOT);
        lang = "ur".equals(lang) ? "ur" : "en";
        limit = Math.clamp(limit, 1, 500);
        offset = Math.max(0, offset);
    }

    /** The newest {@code limit} documents in {@code lang}. */
    public static DocumentQuery newest(String lang, int limit) {
        return new DocumentQuery(null, null, null, null, null, null, null, lang, limit, 0);
    }

    void appendTo(StringBuilder sql, Map<String, Object> params) {
        // One document per advisory: the reader's language where it exists, else the English.
        sql.append(" and (d.lang = :lang or (d.lang = 'en' and not exists (select 1 from advisory_documents u"
                + " where u.advisory_id = d.advisory_id and u.lang = :lang and u.latest)))");
        params.put("lang", lang);
        if (text != null) {
            sql.append(" and d.search @@ plainto_tsquery('simple', :text)");
            params.put("text", text);
        }
        add(sql, params, severity, "lower(d.severity) = lower(:severity)", "severity");
        add(sql, params, audience == null ? null : audience.name(), "d.audience = :audience", "audience");
        add(sql, params, cve, ":cve = any(d.cves)", "cve");
        add(sql, params, product == null ? null : "%" + product.toLowerCase(java.util.Locale.ROOT) + "%",
                "exists (select 1 from unnest(d.products) p where lower(p) like :product)", "product");
        add(sql, params, from == null ? null : Timestamp.from(from), "d.released_at >= :from", "from");
        add(sql, params, before == null ? null : Timestamp.from(before), "d.released_at < :before", "before");
    }

    private static void add(StringBuilder sql, Map<String, Object> params, Object value, String condition, String name) {
        if (value != null) {
            sql.append(" and ").append(condition);
            params.put(name, value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
