package org.sipar.intel;

/**
 * The order of a listing and, past its first page, where the page starts: after the row whose sort key is
 * {@code afterKey} and whose position is the query's {@link ObjectQuery#afterSeq()}. The position breaks ties, so
 * every order is total and paging visits each row once. {@link Key#ADDED} (commit order, the TAXII order) needs
 * no key; {@link Key#RELEVANCE} (exact name, alias, external id and STIX id matches first, then name prefixes,
 * then full-text rank) is ascending only.
 *
 * @param afterKey the {@link ObjectPage#nextKey()} of the page before, or null on the first page
 */
public record Order(Key key, boolean descending, String afterKey) {

    /** Commit order, as the store always listed. */
    public static final Order ADDED = new Order(Key.ADDED, false, null);

    /** What a listing can be ordered by. */
    public enum Key { ADDED, NAME, TYPE, MODIFIED, TLP, RELEVANCE }

    public Order {
        descending = descending && key != Key.ADDED && key != Key.RELEVANCE;
        afterKey = key == Key.ADDED ? null : afterKey;
    }

    /** This order, for the page after the row of sort key {@code key}. */
    public Order after(String key) {
        return new Order(this.key, descending, key);
    }
}
