package org.sipar.taxii.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.sipar.intel.ObjectQuery;
import org.sipar.intel.VersionSelection;
import org.sipar.platform.InputRejected;
import org.sipar.platform.ParameterValues;

/**
 * A request's TAXII filters and paging as an {@link ObjectQuery}: comma-separated values of one filter are
 * ORed, different filters ANDed. The {@code next} cursor is the last row's sequence number in base64url:
 * stateless, so it survives restarts, and it reveals nothing the page did not already show.
 */
final class Filters {

    static final int MAX_LIMIT = 1000;
    private static final String CURSOR_PREFIX = "seq:";

    private Filters() {
    }

    /** The query for {@code params} over {@code scope}, with {@code id} fixed when given (single-object endpoints). */
    static ObjectQuery query(Map<String, String[]> params, ObjectQuery.Scope scope, String id) {
        return query(params, scope, id, versions(params));
    }

    /**
     * The query for every version of the object {@code id} in {@code scope}: the versions endpoint lists them all
     * whatever {@code match[version]} says (it is not among that endpoint's filters), so it is not read.
     */
    static ObjectQuery everyVersion(Map<String, String[]> params, ObjectQuery.Scope scope, String id) {
        return query(params, scope, id, List.of(VersionSelection.ALL));
    }

    private static ObjectQuery query(Map<String, String[]> params, ObjectQuery.Scope scope, String id,
                                     List<VersionSelection> versions) {
        List<String> ids = id != null ? List.of(id) : values(params, "match[id]");
        List<String> types = id != null ? List.of() : values(params, "match[type]");
        return new ObjectQuery(scope, addedAfter(params), ids, types, versions,
                values(params, "match[spec_version]"), null, cursor(params), limit(params));
    }

    /** The cursor for the page after the one ending at {@code seq}. */
    static String next(long seq) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((CURSOR_PREFIX + seq).getBytes(StandardCharsets.US_ASCII));
    }

    static List<String> values(Map<String, String[]> params, String name) {
        return ParameterValues.list(params.get(name));
    }

    private static List<VersionSelection> versions(Map<String, String[]> params) {
        return values(params, "match[version]").stream().map(v -> VersionSelection.parse("match[version]", v)).toList();
    }

    private static Instant addedAfter(Map<String, String[]> params) {
        String text = single(params, "added_after");
        try {
            // Dates go out to the microsecond, as they are kept: added_after is exact.
            return ParameterValues.timestamp("added_after", text);
        } catch (InputRejected e) {
            throw TaxiiException.badRequest("added_after '" + text + "' is not an RFC 3339 timestamp");
        }
    }

    private static long cursor(Map<String, String[]> params) {
        String text = single(params, "next");
        if (text == null) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII);
            if (decoded.startsWith(CURSOR_PREFIX)) {
                return Long.parseLong(decoded.substring(CURSOR_PREFIX.length()));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal below; NumberFormatException is one of these
        }
        throw TaxiiException.badRequest("next '" + text + "' is not a cursor this server gave out");
    }

    private static int limit(Map<String, String[]> params) {
        String text = single(params, "limit");
        try {
            int limit = text == null ? MAX_LIMIT : Integer.parseInt(text.strip());
            if (limit < 1) {
                throw TaxiiException.badRequest("limit must be a positive whole number, not " + text);
            }
            // The spec lets a server return fewer than asked; more than the maximum is cut down, not refused.
            return Math.min(limit, MAX_LIMIT);
        } catch (NumberFormatException e) {
            throw TaxiiException.badRequest("limit must be a positive whole number, not " + text);
        }
    }

    private static String single(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        return values == null || values.length == 0 || values[0].isBlank() ? null : values[0].strip();
    }
}
