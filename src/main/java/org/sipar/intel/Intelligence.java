package org.sipar.intel;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sipar.sharing.Reader;

/** The intelligence store: what other modules use to add STIX objects and to read them under the sharing policy. */
public interface Intelligence {

    /**
     * Queues the import of the bundle that {@code bundle} writes: once its copy is on disk and the import is
     * recorded as queued, returns the queued report, whose id names the import (its progress is
     * {@link #importReport}, its end an {@link ImportFinished} event). The import starts as soon as one of the
     * import threads ({@code sipar.intel.import-threads}) is free, and survives a stop or crash of Sipar: the
     * next start runs it again from its copy (objects stored the first time count as duplicates).
     *
     * @throws ImportQueueFull when {@code sipar.intel.import-queue-capacity} imports wait already (nothing is kept)
     */
    ImportReport submit(Publication publication, BundleSource bundle);

    /**
     * The same, then waits up to {@code within} for the import to end: returns the finished report if it ended
     * meanwhile, else the queued report (the import goes on). For answers that a small import can finish before.
     */
    ImportReport submit(Publication publication, BundleSource bundle, Duration within);

    /** Imports a STIX bundle read as a stream, through the queue, and returns the finished import's report. */
    default ImportReport ingest(InputStream bundle, Publication publication) {
        return ingest(UUID.randomUUID(), bundle, publication);
    }

    /** The same, under an import id chosen by the caller, who can follow its progress meanwhile. */
    ImportReport ingest(UUID importId, InputStream bundle, Publication publication);

    /** The latest visible versions of the relationships from or to object {@code id} that {@code reader} may see. */
    List<StoredObject> relationships(Reader reader, String id);

    /** The versions matching {@code query} that {@code reader} may see, one page of them. */
    ObjectPage objects(Reader reader, ObjectQuery query);

    /**
     * How many objects {@code query} finds that {@code reader} may see, in all and per type and TLP level (each
     * facet's counts under the other filters but not its own choice); paging and order play no part.
     */
    ObjectCounts counts(Reader reader, ObjectQuery query);

    /**
     * Deletes the versions that {@code selection} finds for {@code reader} (its scope, ids, versions and other
     * filters, every page of them) and that the reader's organisation published, or any of them when
     * {@code hubAdmin}; records the deletion in the audit trail and returns how many versions were deleted.
     */
    int delete(Reader reader, boolean hubAdmin, ObjectQuery selection);

    /**
     * The change log as {@code reader} may see it: up to {@code limit} changes after position {@code after} (0 for
     * the start), in commit order: versions added, objects revoked and versions deleted (tombstones). A follower
     * that resumes after the last position it was given misses nothing and is told nothing twice. The log shows
     * what is held now: a version deleted since it was added is no longer told as added, only its tombstone is, so
     * a follower that starts from 0 ends with exactly what the store holds for it.
     */
    ChangePage changes(Reader reader, long after, int limit);

    /**
     * The same, within {@code scope} (a TAXII collection's part of the store): versions and tombstones shared with
     * the scope's sharing group, or published by its organisation. Whether the reader may read the scope at all is
     * the caller's to check, as TAXII does; the policy still decides every change.
     */
    ChangePage changes(Reader reader, long after, int limit, ObjectQuery.Scope scope);

    /**
     * The position of the change log's end as committed now: a follower that starts after it is told only what is
     * committed later (a live feed opened "from now").
     */
    long head();

    /** The report of import {@code id}, as far as it has got, if it exists and {@code reader} published it. */
    Optional<ImportReport> importReport(Reader reader, UUID id);

    /** The distribution of {@code reader}'s organisation's copy of object {@code id}, if it holds one. */
    Optional<Redistribution.Held> held(Reader reader, String id);

    /**
     * Changes who may see {@code reader}'s organisation's copy of an object (every version of it), as its publisher:
     * in one write that every output follows at once and the change log tells (see {@link Change.VersionRedistributed}
     * and {@link Change.VersionWithdrawn}), recorded in the audit trail as {@code intel.redistribute} with the
     * distribution before and after and the reason. The caller checks that the reader may publish.
     *
     * @throws org.sipar.platform.NotFound when the organisation holds no copy of the object
     * @throws org.sipar.platform.InputRejected without a reason, or with a level that a version's own marking contradicts
     */
    Redistribution.Outcome redistribute(Reader reader, Redistribution change);
}
