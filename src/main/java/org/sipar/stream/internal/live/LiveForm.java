package org.sipar.stream.internal.live;

import java.util.List;
import org.sipar.platform.InputRejected;
import org.sipar.stream.internal.FeedFilter;
import org.sipar.taxii.Collections;

/**
 * What the live page's form shows (template {@code stream/live.jte}).
 *
 * @param filter the filter asked for, or everything when it was refused
 * @param events the address of the page's stream, or null when the filter was refused
 */
public record LiveForm(FeedFilter filter, List<Collections.Readable> collections, String events,
                       List<InputRejected.Problem> problems) {

    /** The minimum confidence asked for, as the form's field holds it. */
    public String minConfidence() {
        return filter.minConfidence() == null ? "" : String.valueOf(filter.minConfidence());
    }
}
