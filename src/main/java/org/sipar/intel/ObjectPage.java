package org.sipar.intel;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One page of a query's results, in the query's {@link Order} (the order they were added unless asked otherwise).
 *
 * @param more whether another page follows
 * @param nextSeq the cursor to pass as {@link ObjectQuery#afterSeq()} for the next page
 * @param nextKey in an order other than {@link Order.Key#ADDED}, the sort key to pass with it ({@link Order#after}); else null
 */
public record ObjectPage(List<StoredObject> objects, boolean more, long nextSeq,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String nextKey) {

    /** A page in commit order. */
    public ObjectPage(List<StoredObject> objects, boolean more, long nextSeq) {
        this(objects, more, nextSeq, null);
    }
}
