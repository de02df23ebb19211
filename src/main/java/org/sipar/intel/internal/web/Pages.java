package org.sipar.intel.internal.web;

import java.util.ArrayList;
import java.util.List;
import org.sipar.intel.Intelligence;
import org.sipar.intel.ObjectPage;
import org.sipar.intel.ObjectQuery;
import org.sipar.intel.StoredObject;
import org.sipar.sharing.Reader;

/** Every page of a query, as the reader sees it: the store cuts pages by count and by size. */
final class Pages {

    private Pages() {
    }

    /** What {@code query} finds for {@code reader}, page after page, at most {@code cap} objects. */
    static List<StoredObject> all(Intelligence intelligence, Reader reader, ObjectQuery query, int cap) {
        List<StoredObject> all = new ArrayList<>();
        ObjectQuery next = query;
        while (all.size() < cap) {
            ObjectPage page = intelligence.objects(reader, next);
            all.addAll(page.objects());
            if (!page.more() || page.objects().isEmpty()) {
                break;
            }
            next = next.withAfterSeq(page.nextSeq());
        }
        return all.size() > cap ? List.copyOf(all.subList(0, cap)) : all;
    }
}
