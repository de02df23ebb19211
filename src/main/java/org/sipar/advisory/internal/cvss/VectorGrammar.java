package org.sipar.advisory.internal.cvss;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sipar.advisory.internal.cvss.CvssRejected.Reason;

/**
 * The metrics of one CVSS version (abbreviation, allowed values, mandatory or not) in the specification's order,
 * and the parser that checks a vector's metrics against them. Metrics may come in any order and are returned in the
 * specification's; "X" (Not Defined) is dropped, since it means the same as leaving the metric out.
 */
record VectorGrammar(String prefix, List<Metric> metrics) {

    /** One metric: its abbreviation, the values it takes and whether every vector must give it. */
    record Metric(String key, List<String> values, boolean mandatory) {
    }

    /** The metrics after {@code prefix}, which starts at {@code offset} (0-based) in the text the person gave. */
    Map<String, String> parse(String text, int offset) {
        Map<String, String> found = new LinkedHashMap<>();
        int start = prefix.length();
        while (start <= text.length()) {
            int end = text.indexOf('/', start);
            end = end < 0 ? text.length() : end;
            read(text.substring(start, end), start + offset + 1, found);
            start = end + 1;
        }
        for (Metric metric : metrics) {
            if (metric.mandatory() && !found.containsKey(metric.key())) {
                throw new CvssRejected(text.length() + offset + 1, Reason.MISSING_METRIC,
                        "the base metric " + metric.key() + " is missing", metric.key());
            }
        }
        return inOrder(found);
    }

    private void read(String part, int position, Map<String, String> found) {
        int colon = part.indexOf(':');
        if (colon <= 0) {
            throw new CvssRejected(position, Reason.MALFORMED, "expected METRIC:VALUE but found '" + part + "'", part);
        }
        String key = part.substring(0, colon);
        String value = part.substring(colon + 1);
        Metric metric = metrics.stream().filter(m -> m.key().equals(key)).findFirst().orElseThrow(() ->
                new CvssRejected(position, Reason.UNKNOWN_METRIC, prefix + " has no metric " + key, key));
        if (found.containsKey(key)) {
            throw new CvssRejected(position, Reason.DUPLICATE_METRIC, key + " is given twice", key);
        }
        if (!metric.values().contains(value)) {
            String allowed = String.join(", ", metric.values());
            throw new CvssRejected(position + colon + 1, Reason.BAD_VALUE, key + " does not take the value '" + value
                    + "' (it takes " + allowed + ")", key, value, allowed);
        }
        found.put(key, value);
    }

    private Map<String, String> inOrder(Map<String, String> found) {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (Metric metric : metrics) {
            String value = found.get(metric.key());
            if (value != null && !"X".equals(value)) {
                ordered.put(metric.key(), value);
            }
        }
        return ordered;
    }

    /** The vector string of {@code metrics} (already in order), after the prefix. */
    String vector(Map<String, String> metrics) {
        StringBuilder vector = new StringBuilder(prefix.substring(0, prefix.length() - 1));
        metrics.forEach((key, value) -> vector.append('/').append(key).append(':').append(value));
        return vector.toString();
    }
}
