package org.sipar.intel.internal.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.sipar.intel.ObjectCounts;
import org.sipar.intel.ObjectPage;
import org.sipar.intel.StoredObject;

/**
 * A page of the REST list with, unless {@code counts=false}, how many objects the query finds that the caller may
 * see: in all ({@code total}, exact when {@code totalExact}) and per type and TLP level (each facet's counts
 * leave out that facet's own filter).
 */
@Schema(description = "One page of objects and the counts of what the query finds for the caller")
@JsonInclude(JsonInclude.Include.NON_NULL)
record ObjectList(List<StoredObject> objects, boolean more, long nextSeq,
                  @Schema(description = "With any sort but added: pass as after_key, with nextSeq as after") String nextKey,
                  @Schema(description = "Objects found that the caller may see (a lower bound unless totalExact)") Long total,
                  @Schema(description = "Whether total is exact; false when counting stopped at its cap") Boolean totalExact,
                  @Schema(description = "Objects per STIX type, under every filter but type") Map<String, Long> types,
                  @Schema(description = "Objects per TLP level, under every filter but tlp") Map<String, Long> tlps) {

    static ObjectList of(ObjectPage page, ObjectCounts counts) {
        if (counts == null) {
            return new ObjectList(page.objects(), page.more(), page.nextSeq(), page.nextKey(), null, null, null, null);
        }
        Map<String, Long> tlps = new java.util.TreeMap<>();
        counts.tlps().forEach((tlp, n) -> tlps.put(tlp.label(), n));
        return new ObjectList(page.objects(), page.more(), page.nextSeq(), page.nextKey(), counts.total(), counts.exact(),
                new java.util.TreeMap<>(counts.types()), tlps);
    }
}
