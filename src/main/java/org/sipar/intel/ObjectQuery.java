package org.sipar.intel;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A query over stored objects, with TAXII's filters. Values within one filter are ORed, filters ANDed;
 * empty lists do not filter.
 *
 * @param scope which collection: everything, one sharing group's, or one organisation's submissions
 * @param versions {@code last} (the default when empty), {@code first}, {@code all}, or {@code modified} timestamps
 * @param text full-text search words, or null
 * @param afterSeq the paging cursor: only versions added after this one, or 0
 * @param limit at most this many versions
 */
public record ObjectQuery(Scope scope, Instant addedAfter, List<String> ids, List<String> types, List<String> versions,
                          List<String> specVersions, String text, long afterSeq, int limit) {

    public ObjectQuery {
        ids = List.copyOf(ids);
        types = List.copyOf(types);
        versions = versions.isEmpty() ? List.of("last") : List.copyOf(versions);
        specVersions = List.copyOf(specVersions);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
    }

    /** Everything the reader may see, latest versions, first page of {@code limit}. */
    public static ObjectQuery all(int limit) {
        return new ObjectQuery(new Scope.All(), null, List.of(), List.of(), List.of(), List.of(), null, 0, limit);
    }

    /** Which part of the store a query looks at. */
    public sealed interface Scope {
        /** Everything. */
        record All() implements Scope { }
        /** Objects shared with a sharing group. */
        record Group(UUID groupId) implements Scope { }
        /** Objects published by an organisation. */
        record Submissions(UUID organisationId) implements Scope { }
    }
}
