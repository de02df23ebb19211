package org.sipar.advisory.internal.kev;

import java.util.List;

/** One page of the catalogue, newest first, with how many entries the query found in all. */
public record KevPage(List<KevRecord> records, long total, KevQuery query) {

    public KevPage {
        records = List.copyOf(records);
    }

    /** Whether entries follow this page. */
    public boolean more() {
        return query.offset() + records.size() < total;
    }
}
