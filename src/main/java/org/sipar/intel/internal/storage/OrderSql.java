package org.sipar.intel.internal.storage;

import java.util.Map;
import java.util.regex.Pattern;
import org.sipar.intel.ObjectQuery;
import org.sipar.intel.Order;

/**
 * The sort key of a listing in an order other than commit order, as one text expression over alias {@code o}
 * (compared byte by byte, collation "C", so that a cursor's key compares the same way on every page); the
 * row's position follows it and breaks ties.
 */
final class OrderSql {

    /** A STIX id (type--UUID), which search finds as itself though it is not among the searched words. */
    static final Pattern STIX_ID = Pattern.compile("[a-z0-9][a-z0-9-]*--[0-9a-fA-F-]{36}");

    /**
     * The name a row sorts by: what the list shows as its name (name, else value, else type), lower-cased. A row
     * with granular markings sorts by its type, since its name may be hidden from the reader and its place in
     * the order would tell it.
     */
    private static final String NAME = "case when (o.object -> 'granular_markings') is not null then o.type"
            + " else lower(coalesce(o.object ->> 'name', o.object ->> 'value', o.type)) end";
    private static final String NAME_WORDS = "lower(coalesce(o.object ->> 'name', ''))";

    private OrderSql() {
    }

    /** The key's expression for {@code query}'s order; {@code params} receives what it binds. */
    static String key(ObjectQuery query, Map<String, Object> params) {
        String key = switch (query.order().key()) {
            case ADDED -> "null";
            case NAME -> NAME;
            case TYPE -> "o.type";
            case MODIFIED -> "to_char(o.modified_at at time zone 'UTC', 'YYYYMMDDHH24MISSUS')";
            case TLP -> "case o.tlp when 'CLEAR' then '0' when 'GREEN' then '1' when 'AMBER' then '2'"
                    + " when 'AMBER_STRICT' then '3' else '4' end";
            case RELEVANCE -> relevance(query.text(), params);
        };
        return "(" + key + ")::text collate \"C\"";
    }

    /** The direction of {@code order}, in SQL. */
    static String direction(Order order) {
        return order.descending() ? " desc" : "";
    }

    /**
     * Relevance: a tier (0 exact name, 1 exact alias, 2 exact external id such as T0807, 3 exact STIX id, 4 name
     * prefix, 5 other matches; all case-insensitive), then full-text rank, highest first. An alias or external
     * id is matched as a whole JSON string inside the array's text, quotes included, so "T08" is no match of T0807.
     * Without search words every row is in tier 5 with rank 0, and the position decides.
     */
    private static String relevance(String text, Map<String, Object> params) {
        String words = text == null ? "" : text.strip();
        params.put("rank_text", words);
        params.put("rank_lower", words.toLowerCase(java.util.Locale.ROOT));
        String quoted = "lower(to_jsonb(cast(:rank_text as text))::text)";
        return "case when " + NAME_WORDS + " = :rank_lower then '0'"
                + " when position(" + quoted + " in lower(coalesce(o.object ->> 'aliases', '')"
                + " || coalesce(o.object ->> 'x_mitre_aliases', ''))) > 0 then '1'"
                + " when position(" + quoted + " in lower(coalesce(jsonb_path_query_array(o.object,"
                + " '$.external_references[*].external_id')::text, ''))) > 0 then '2'"
                + " when lower(o.id) = :rank_lower then '3'"
                + " when :rank_lower <> '' and left(" + NAME_WORDS + ", length(:rank_lower)) = :rank_lower then '4'"
                + " else '5' end || to_char(1 - coalesce(ts_rank(o.search, websearch_to_tsquery('simple', :rank_text), 32), 0),"
                + " 'FM0.000000')";
    }
}
