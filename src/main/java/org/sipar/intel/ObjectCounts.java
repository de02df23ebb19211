package org.sipar.intel;

import java.util.Map;
import org.sipar.sharing.Tlp;

/**
 * How many objects a query finds that the reader may see, in all and per facet choice. Each facet's counts
 * leave out that facet's own choice (the type counts ignore the chosen type and the types hidden unless chosen,
 * the TLP counts the chosen levels), so that they tell what choosing another value would give. Counting stops at
 * a cap: past it {@code exact} is false and every count is a lower bound ("more than").
 */
public record ObjectCounts(long total, boolean exact, Map<String, Long> types, Map<Tlp, Long> tlps) {

    public ObjectCounts {
        types = Map.copyOf(types);
        tlps = Map.copyOf(tlps);
    }

    /** The count for type {@code type}, 0 when none. */
    public long type(String type) {
        return types.getOrDefault(type, 0L);
    }

    /** The count for TLP level {@code tlp}, 0 when none. */
    public long tlp(Tlp tlp) {
        return tlps.getOrDefault(tlp, 0L);
    }
}
