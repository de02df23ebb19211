package org.sipar.intel;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The intelligence store: what other modules use to add STIX objects and to read them under the sharing policy. */
public interface Intelligence {

    /** Reads a STIX bundle as a stream and stores its objects, in batches; returns the finished import's report. */
    ImportReport ingest(InputStream bundle, Publication publication);

    /** The versions matching {@code query} that {@code reader} may see, one page of them. */
    ObjectPage objects(Reader reader, ObjectQuery query);

    /**
     * Deletes the versions of object {@code id} that {@code reader} can see, selected by {@code versions}
     * (first, last, all or timestamps) and {@code specVersions} (empty for any), and that the reader's
     * organisation published, or any of them when {@code hubAdmin}; returns how many were deleted.
     */
    int delete(Reader reader, boolean hubAdmin, String id, List<String> versions, List<String> specVersions);

    /** The report of import {@code id}, as far as it has got, if it exists and {@code reader} published it. */
    Optional<ImportReport> importReport(Reader reader, UUID id);
}
