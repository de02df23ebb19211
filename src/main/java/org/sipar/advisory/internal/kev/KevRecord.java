package org.sipar.advisory.internal.kev;

import java.time.Instant;

/**
 * An entry as the catalogue keeps it: where it came from, who added it and who changed it last.
 *
 * @param origin {@code imported} from CISA's catalogue, or {@code national}: added or edited here
 */
public record KevRecord(KevEntry entry, String origin, String addedBy, Instant addedAt, String changedBy,
                        Instant changedAt) {

    /** Whether it was added or edited here, so that a re-import of CISA's catalogue leaves it as it is. */
    public boolean national() {
        return "national".equals(origin);
    }
}
