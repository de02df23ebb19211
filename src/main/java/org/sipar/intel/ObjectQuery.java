package org.sipar.intel;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.sipar.sharing.Tlp;

/**
 * A query over stored objects: the filters TAXII and the REST API share, and the browse facets. Values within
 * one filter are ORed, filters ANDed; empty lists do not filter. Whatever it asks, the sharing policy still
 * decides what comes back: a filter only ever narrows what the reader may see.
 *
 * @param scope which collection: everything, one sharing group's, or one organisation's submissions
 * @param versions which versions of each object, ORed: {@link VersionSelection#LAST} when empty
 * @param text full-text search words, or null
 * @param afterSeq the paging cursor: only versions listed after the one whose {@link StoredObject#position()} this
 *                 is (the {@link ObjectPage#nextSeq()} of the page before), in commit order; 0 for the first page
 * @param limit at most this many versions
 * @param facets labels, TLP levels, publishers and date windows; {@link Facets#NONE} when not given
 * @param order the order of the listing and the sort key of the cursor; {@link Order#ADDED} when not given
 */
public record ObjectQuery(Scope scope, Instant addedAfter, List<String> ids, List<String> types,
                          List<VersionSelection> versions, List<String> specVersions, String text, long afterSeq,
                          int limit, Facets facets, Order order) {

    public ObjectQuery {
        ids = List.copyOf(ids);
        types = List.copyOf(types);
        versions = versions.isEmpty() ? List.of(VersionSelection.LAST) : List.copyOf(versions);
        specVersions = List.copyOf(specVersions);
        facets = facets == null ? Facets.NONE : facets;
        order = order == null ? Order.ADDED : order;
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
    }

    /** A query in the order objects were added. */
    public ObjectQuery(Scope scope, Instant addedAfter, List<String> ids, List<String> types, List<VersionSelection> versions,
                       List<String> specVersions, String text, long afterSeq, int limit, Facets facets) {
        this(scope, addedAfter, ids, types, versions, specVersions, text, afterSeq, limit, facets, Order.ADDED);
    }

    /** A query without facets. */
    public ObjectQuery(Scope scope, Instant addedAfter, List<String> ids, List<String> types,
                       List<VersionSelection> versions, List<String> specVersions, String text, long afterSeq, int limit) {
        this(scope, addedAfter, ids, types, versions, specVersions, text, afterSeq, limit, Facets.NONE);
    }

    /** Everything the reader may see, latest versions, first page of {@code limit}. */
    public static ObjectQuery all(int limit) {
        return new ObjectQuery(new Scope.All(), null, List.of(), List.of(), List.of(), List.of(), null, 0, limit);
    }

    /** This query for the objects with these ids. */
    public ObjectQuery withIds(List<String> ids) {
        return new ObjectQuery(scope, addedAfter, ids, types, versions, specVersions, text, afterSeq, limit, facets, order);
    }

    /** This query for objects of any of these types. */
    public ObjectQuery withTypes(List<String> types) {
        return new ObjectQuery(scope, addedAfter, ids, types, versions, specVersions, text, afterSeq, limit, facets, order);
    }

    /** This query for these versions ({@link VersionSelection#LAST} when empty). */
    public ObjectQuery withVersions(List<VersionSelection> versions) {
        return new ObjectQuery(scope, addedAfter, ids, types, versions, specVersions, text, afterSeq, limit, facets, order);
    }

    /** This query for objects matching these search words (none when null or blank). */
    public ObjectQuery withText(String text) {
        return new ObjectQuery(scope, addedAfter, ids, types, versions, specVersions, text, afterSeq, limit, facets, order);
    }

    /** This query's page after the cursor {@code seq} (a {@link StoredObject#position()}, not its {@code seq}). */
    public ObjectQuery withAfterSeq(long seq) {
        return new ObjectQuery(scope, addedAfter, ids, types, versions, specVersions, text, seq, limit, facets, order);
    }

    /** This query with pages of at most {@code limit} versions. */
    public ObjectQuery withLimit(int limit) {
        return new ObjectQuery(scope, addedAfter, ids, types, versions, specVersions, text, afterSeq, limit, facets, order);
    }

    /** This query in {@code order}, its cursor's sort key included. */
    public ObjectQuery withOrder(Order order) {
        return new ObjectQuery(scope, addedAfter, ids, types, versions, specVersions, text, afterSeq, limit, facets, order);
    }

    /** This query with these facets in place of its own. */
    public ObjectQuery withFacets(Facets facets) {
        return new ObjectQuery(scope, addedAfter, ids, types, versions, specVersions, text, afterSeq, limit, facets, order);
    }

    /**
     * Filters for browsing: objects carrying any of {@code labels}, marked with any of {@code tlps}, published by
     * any of the organisations {@code publishers}, added and last modified within the two windows, and of none
     * of the types {@code hiddenTypes} (what a list leaves out unless asked, such as marking definitions).
     */
    public record Facets(List<String> labels, Set<Tlp> tlps, List<UUID> publishers, Window added, Window modified,
                         List<String> hiddenTypes) {

        /** No facet: nothing is filtered out. */
        public static final Facets NONE = new Facets(List.of(), Set.of(), List.of(), Window.ANY, Window.ANY);

        /** Facets that hide no type. */
        public Facets(List<String> labels, Set<Tlp> tlps, List<UUID> publishers, Window added, Window modified) {
            this(labels, tlps, publishers, added, modified, List.of());
        }

        public Facets {
            labels = List.copyOf(labels);
            tlps = tlps.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(tlps));
            publishers = List.copyOf(publishers);
            added = added == null ? Window.ANY : added;
            modified = modified == null ? Window.ANY : modified;
            hiddenTypes = List.copyOf(hiddenTypes);
        }

        public Facets withLabels(Collection<String> labels) {
            return new Facets(List.copyOf(labels), tlps, publishers, added, modified, hiddenTypes);
        }

        public Facets withTlps(Collection<Tlp> tlps) {
            return new Facets(labels, Set.copyOf(tlps), publishers, added, modified, hiddenTypes);
        }

        public Facets withPublishers(Collection<UUID> publishers) {
            return new Facets(labels, tlps, List.copyOf(publishers), added, modified, hiddenTypes);
        }

        public Facets withAdded(Window added) {
            return new Facets(labels, tlps, publishers, added, modified, hiddenTypes);
        }

        public Facets withModified(Window modified) {
            return new Facets(labels, tlps, publishers, added, modified, hiddenTypes);
        }

        /** These facets, leaving out objects of {@code types} as well. */
        public Facets hiding(Collection<String> types) {
            return new Facets(labels, tlps, publishers, added, modified, List.copyOf(types));
        }
    }

    /**
     * A window in time: from {@code from} (inclusive) to {@code before} (exclusive); a null end is open.
     * A window whose ends cross holds nothing.
     */
    public record Window(Instant from, Instant before) {

        /** All of time. */
        public static final Window ANY = new Window(null, null);
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
