package org.sipar.intel;

import java.util.List;

/**
 * One page of a query's results, in the order they were added.
 *
 * @param more whether another page follows
 * @param nextSeq the cursor to pass as {@link ObjectQuery#afterSeq()} for the next page
 */
public record ObjectPage(List<StoredObject> objects, boolean more, long nextSeq) {
}
