package org.sipar.intel.internal.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.sipar.intel.BundleSource;
import org.sipar.intel.ImportQueueFull;
import org.sipar.intel.ImportReport;
import org.sipar.intel.ImportStatus;
import org.sipar.intel.Publication;
import org.sipar.intel.internal.IntelSettings;
import org.sipar.sharing.Reader;
import org.sipar.sharing.Tlp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ingestion's one entry: queues imports, runs them, and finds their reports. Every import goes through one
 * durable, bounded queue: {@link #submit} spools the bundle ({@link ImportSpool}), records the import queued
 * ({@link Imports}) and hands its id to the shared import threads ({@link ImportExecutors}) as soon as that
 * commits; a thread claims it, runs it from its spool file and finishes it, which publishes
 * {@link org.sipar.intel.ImportFinished}. Nothing waits on a timer: {@link ImportSweep} only picks up hand-offs
 * lost on the way, and each start runs again what the last stop left queued or running.
 */
@Component
public class Ingestion implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Ingestion.class);

    private static final long ANALYZE_AFTER = 10_000;

    static final String SPOOL_LOST = "The import could not run: its spooled copy of the bundle was lost; send it again";

    private final JdbcClient jdbc;
    private final Imports imports;
    private final ImportSpool spool;
    private final ImportExecutors executors;
    private final BundleImport bundles;
    private final int capacity;
    private final Tlp defaultTlp;
    private final Instant startedAt;
    private final Clock clock;
    /** The imports handed to the threads and not over yet, so that a sweep does not hand them again. */
    private final Set<UUID> handedOff = ConcurrentHashMap.newKeySet();
    /** The callers of {@link #ingest} waiting for their import to end, by import id. */
    private final Map<UUID, CompletableFuture<ImportReport>> awaited = new ConcurrentHashMap<>();

    Ingestion(JdbcClient jdbc, Imports imports, ImportSpool spool, ImportExecutors executors, BatchWriter batches,
              JsonMapper json, IntelSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.imports = imports;
        this.spool = spool;
        this.executors = executors;
        this.capacity = settings.importQueueCapacity();
        this.defaultTlp = settings.tlp();
        this.clock = clock;
        this.startedAt = clock.instant();
        this.bundles = new BundleImport(json, new ObjectChecks(), batches, settings.tlp(), settings.batchSize(),
                settings.maxObjectBytes(), executors.writers(), clock);
    }

    /**
     * Queues the import of the bundle {@code source} writes, under id {@code id}: the bundle is on disk and the
     * import recorded queued when this returns the queued report.
     *
     * @throws ImportQueueFull when the queue holds its capacity already; nothing is kept then
     */
    public ImportReport submit(UUID id, Publication publication, BundleSource source) {
        if (imports.queuedCount() >= capacity) {
            throw new ImportQueueFull(capacity);
        }
        String file;
        long size;
        try {
            file = spool.write(id, source);
            size = spool.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean queued;
        try {
            queued = imports.queue(id, publication, file, capacity, new Imports.Queuing(size, defaultTlp, sourceIp()));
        } catch (RuntimeException e) {
            spool.delete(file);
            throw e;
        }
        if (!queued) {
            spool.delete(file);
            throw new ImportQueueFull(capacity);
        }
        handOffAfterCommit(id);
        return new ImportReport(id, ImportStatus.QUEUED, publication.source(), null, null, 0, null, null, null, null, null);
    }

    /** Queues the import as {@link #submit} does and waits up to {@code within} for its end; see {@code Intelligence}. */
    public ImportReport submit(UUID id, Publication publication, BundleSource source, Duration within) {
        CompletableFuture<ImportReport> finished = new CompletableFuture<>();
        awaited.put(id, finished);
        try {
            ImportReport queued = submit(id, publication, source);
            try {
                return finished.get(within.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException e) {
                return queued; // still running, or failed: its report tells the rest
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return queued;
            }
        } finally {
            awaited.remove(id);
        }
    }

    /** Imports {@code bundle} through the queue under id {@code id} and waits for the finished report. */
    public ImportReport ingest(UUID id, InputStream bundle, Publication publication) {
        CompletableFuture<ImportReport> finished = new CompletableFuture<>();
        awaited.put(id, finished);
        try {
            submit(id, publication, bundle::transferTo);
            return finished.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } finally {
            awaited.remove(id);
        }
    }

    /** The report of import {@code id}, as far as it has got, if {@code reader} is the person who started it. */
    public Optional<ImportReport> report(Reader reader, UUID id) {
        return reader.member() ? imports.find(id, reader.personId()) : Optional.empty();
    }

    /** The address of the request that submits an import, for its history and audit entry; null off a request. */
    private static String sourceIp() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
    }

    private void handOffAfterCommit(UUID id) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    handOff(id);
                }
            });
        } else {
            handOff(id);
        }
    }

    /** Hands queued import {@code id} to the import threads, unless it is there already. */
    void handOff(UUID id) {
        if (executors.stopping() || !handedOff.add(id)) {
            return;
        }
        try {
            executors.runners().execute(() -> run(id));
        } catch (RuntimeException e) { // rejected: Sipar is stopping, the import stays queued for the next start
            handedOff.remove(id);
        }
    }

    /** Hands every import queued before {@code before} to the threads that is not there yet; returns how many. */
    int handOffWaitingSince(Instant before) {
        List<UUID> waiting = imports.waitingSince(before);
        int handed = 0;
        for (UUID id : waiting) {
            if (!handedOff.contains(id)) {
                handOff(id);
                handed++;
            }
        }
        return handed;
    }

    /**
     * Runs again what the last stop of Sipar left queued or running (from their spool files), and deletes the
     * spool files of submissions that were never recorded queued. Runs once Sipar is ready, after
     * {@link InterruptedImports} closed what ran before the queue existed.
     */
    @EventListener(ApplicationReadyEvent.class)
    void resume() {
        int requeued = imports.requeueInterrupted();
        List<UUID> waiting = imports.waiting();
        Set<String> keep = new HashSet<>();
        waiting.forEach(id -> keep.add(ImportSpool.fileName(id)));
        int orphans = spool.deleteOrphans(keep, startedAt);
        waiting.forEach(this::handOff);
        if (!waiting.isEmpty() || orphans > 0) {
            log.info("Resuming {} queued import(s), {} of them interrupted while running; deleted {} orphaned spool file(s)",
                    waiting.size(), requeued, orphans);
        }
    }

    /** Claims import {@code id} if it is still queued, runs it from its spool file and finishes it. */
    void run(UUID id) {
        try {
            imports.claim(id).ifPresent(this::run);
        } catch (RuntimeException e) {
            if (!executors.stopping()) {
                log.error("Import {} failed on the server; it runs again at the next start", id, e);
            }
            fail(id, e);
        } finally {
            handedOff.remove(id);
        }
    }

    private void run(Imports.Queued queued) {
        UUID id = queued.id();
        if (!spool.exists(queued.spoolFile())) {
            ReportBuilder report = new ReportBuilder(id, queued.publication().source(), clock);
            report.note(SPOOL_LOST);
            finished(report.snapshot(ImportStatus.FAILED), null);
            log.warn("Import {} could not run: its spool file is gone", id);
            return;
        }
        ImportReport report;
        try (InputStream in = spool.open(queued.spoolFile())) {
            report = bundles.run(id, in, queued.publication());
        } catch (IOException | RuntimeException e) {
            if (executors.stopping()) {
                log.info("Sipar is stopping: import {} stays running and runs again at the next start", id);
                fail(id, new IllegalStateException("Sipar stopped before the import ended"));
                return;
            }
            report = stopped(id, queued.publication(), e);
        }
        finished(report, queued.spoolFile());
    }

    private void finished(ImportReport report, String spoolFile) {
        imports.finish(report);
        spool.delete(spoolFile);
        if (report.totals().accepted() >= ANALYZE_AFTER) {
            // The planner must know the table grew, or paging plans turn into scans until autovacuum notices.
            jdbc.sql("analyze intel_objects").update();
        }
        CompletableFuture<ImportReport> waiting = awaited.get(report.id());
        if (waiting != null) {
            waiting.complete(report);
        }
    }

    private void fail(UUID id, RuntimeException cause) {
        CompletableFuture<ImportReport> waiting = awaited.get(id);
        if (waiting != null) {
            waiting.completeExceptionally(cause);
        }
    }

    /**
     * The report of an import that a batch could not be stored for (not for one of its objects' sake: the
     * database was unreachable, say): what the committed batches stored, and a note; the cause goes to the log.
     */
    private ImportReport stopped(UUID id, Publication publication, Exception cause) {
        log.error("Import {} stopped: a batch could not be stored", id, cause);
        ReportBuilder report = new ReportBuilder(id, publication.source(), clock);
        imports.shares(id).forEach(share -> report.absorb(share.report()));
        report.note("Import stopped: a batch could not be stored (error reference " + id + "); the objects counted here were stored");
        return report.snapshot(ImportStatus.FAILED);
    }

    @Override
    public void destroy() throws InterruptedException {
        executors.shutdown();
        awaited.values().forEach(f -> f.completeExceptionally(new IllegalStateException("Sipar is stopping")));
    }
}
