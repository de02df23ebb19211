package org.sipar.intel;

import java.util.Optional;
import java.util.UUID;

/**
 * The history of imports, for the people who may see each: the person who started it, the administrators of the
 * organisation it published for, and hub administrators ({@link ImportViewer#maySee}). Nobody else learns that an
 * import exists. The objects an import stored are listed through the viewer's reader, under the sharing policy:
 * seeing an import never shows an object its viewer may not read.
 */
public interface ImportHistory {

    /** The imports {@code viewer} may see, newest first: {@code limit} of them (1 to 200) from {@code offset}. */
    ImportRecord.Page imports(ImportViewer viewer, int offset, int limit);

    /** Import {@code id} with its report as far as it has got, if it exists and {@code viewer} may see it. */
    Optional<ImportRecord> find(ImportViewer viewer, UUID id);

    /**
     * The versions import {@code id} stored that {@code viewer}'s reader may see, in the order stored: up to
     * {@code limit} (1 to 500) after cursor {@code after} (0 for the first). Empty when the import is not one
     * {@code viewer} may see.
     */
    Optional<ImportedObjects> objects(ImportViewer viewer, UUID id, long after, int limit);
}
