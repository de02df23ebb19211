package org.sipar.intel.internal;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sipar.intel.BundleSource;
import org.sipar.intel.ChangePage;
import org.sipar.intel.ImportReport;
import org.sipar.intel.Intelligence;
import org.sipar.intel.ObjectCounts;
import org.sipar.intel.ObjectPage;
import org.sipar.intel.ObjectQuery;
import org.sipar.intel.Publication;
import org.sipar.intel.Redistribution;
import org.sipar.intel.StoredObject;
import org.sipar.intel.SystemRead;
import org.sipar.intel.internal.ingestion.Ingestion;
import org.sipar.intel.internal.storage.StoredObjects;
import org.sipar.sharing.Reader;
import org.springframework.stereotype.Service;

/** The intelligence store in PostgreSQL: ingestion writes it, storage reads it under the sharing policy. */
@Service
class JdbcIntelligence implements Intelligence, SystemRead {

    private final Ingestion ingestion;
    private final StoredObjects stored;

    JdbcIntelligence(Ingestion ingestion, StoredObjects stored) {
        this.ingestion = ingestion;
        this.stored = stored;
    }

    @Override
    public ImportReport submit(Publication publication, BundleSource bundle) {
        return ingestion.submit(UUID.randomUUID(), publication, bundle);
    }

    @Override
    public ImportReport submit(Publication publication, BundleSource bundle, Duration within) {
        return ingestion.submit(UUID.randomUUID(), publication, bundle, within);
    }

    @Override
    public ImportReport ingest(UUID id, InputStream bundle, Publication publication) {
        return ingestion.ingest(id, bundle, publication);
    }

    @Override
    public ObjectPage objects(Reader reader, ObjectQuery query) {
        return stored.objects(reader, query);
    }

    @Override
    public ObjectCounts counts(Reader reader, ObjectQuery query) {
        return stored.counts(reader, query);
    }

    @Override
    public List<StoredObject> relationships(Reader reader, String id) {
        return stored.relationships(reader, id);
    }

    @Override
    public int delete(Reader reader, boolean hubAdmin, ObjectQuery selection) {
        return stored.delete(reader, hubAdmin, selection);
    }

    @Override
    public ChangePage changes(Reader reader, long after, int limit) {
        return stored.changes(reader, after, checkedLimit(limit), new ObjectQuery.Scope.All());
    }

    @Override
    public long head() {
        return stored.head();
    }

    @Override
    public ChangePage changes(Reader reader, long after, int limit, ObjectQuery.Scope scope) {
        return stored.changes(reader, after, checkedLimit(limit), scope);
    }

    @Override
    public List<Held> changes(long position, int limit, List<String> types) {
        return stored.systemChanges(position, checkedLimit(limit), List.copyOf(types));
    }

    private static int checkedLimit(int limit) {
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("limit must be from 1 to 10000, not " + limit);
        }
        return limit;
    }

    @Override
    public Optional<ImportReport> importReport(Reader reader, UUID id) {
        return ingestion.report(reader, id);
    }

    @Override
    public Optional<Redistribution.Held> held(Reader reader, String id) {
        return stored.held(reader, id);
    }

    @Override
    public Redistribution.Outcome redistribute(Reader reader, Redistribution change) {
        return stored.redistribute(reader, change);
    }
}
