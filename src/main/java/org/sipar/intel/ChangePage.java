package org.sipar.intel;

import java.util.List;

/**
 * A page of the change log, in commit order.
 *
 * @param more whether more changes followed when the page was read
 * @param next the position to ask for changes after next time (the last change's, or the one asked after when
 *             the page is empty): nothing committed at or below it is ever added later
 */
public record ChangePage(List<Change> changes, boolean more, long next) {

    public ChangePage {
        changes = List.copyOf(changes);
    }
}
