package org.sipar.taxii.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.sipar.intel.ImportReport;
import org.sipar.intel.Intelligence;
import org.sipar.intel.Publication;
import org.sipar.sharing.Reader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Imports acknowledged requests in the background, {@code sipar.taxii.add-threads} at a time, each from its
 * spooled bundle through {@link Intelligence#ingest(UUID, InputStream, Publication)} under an import id noted in
 * its status, so that the status can show how far the import has got. When an import ends the status is
 * completed and the spool file deleted.
 *
 * <p>A request survives a stop or crash of Sipar: at start-up every status still pending is imported again from
 * its spool file (objects stored the first time are recognised as duplicates and count as successes), or, when
 * the file is gone, completed with a failure per object not already accounted for.
 */
@Component
class AddQueue implements DisposableBean {

    static final String SPOOL_LOST = "Sipar stopped before this object was imported and the spooled copy of the"
            + " request was lost; send it again";

    private static final Logger log = LoggerFactory.getLogger(AddQueue.class);

    private final Intelligence intelligence;
    private final StatusStore statuses;
    private final Spool spool;
    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    private final Set<UUID> running = ConcurrentHashMap.newKeySet();
    private final Instant startedAt = Instant.now();
    private volatile boolean stopping;

    AddQueue(Intelligence intelligence, StatusStore statuses, Spool spool, TaxiiSettings settings) {
        this.intelligence = intelligence;
        this.statuses = statuses;
        this.spool = spool;
        executor.setCorePoolSize(settings.addThreads());
        executor.setMaxPoolSize(settings.addThreads());
        executor.setThreadNamePrefix("sipar-taxii-add-");
        // Queued requests are only ids: their content waits on disk, and what is queued at a stop resumes at start.
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.setAwaitTerminationSeconds(10);
        executor.initialize();
    }

    /** Queues the import of pending request {@code id}. */
    void submit(UUID id) {
        executor.execute(() -> {
            try {
                run(id);
            } catch (RuntimeException e) {
                log.error("Adding the objects of TAXII request {} failed; it stays pending until the next start", id, e);
            }
        });
    }

    /** Imports pending request {@code id} and completes its status; does nothing if it is not pending. */
    void run(UUID id) {
        if (!running.add(id)) {
            return;
        }
        try {
            statuses.find(id).filter(StatusStore.Row::pending).ifPresent(this::importRequest);
        } finally {
            running.remove(id);
        }
    }

    private void importRequest(StatusStore.Row request) {
        Path file = spool.path(request.id());
        if (!Files.exists(file)) {
            statuses.complete(request.id(), Outcome.of(request.objects(), report(request, request.importId()), SPOOL_LOST));
            log.warn("TAXII request {} was interrupted and its spool file is gone: completed with failures", request.id());
            return;
        }
        UUID importId = UUID.randomUUID();
        statuses.started(request.id(), importId);
        Publication publication = new Publication(request.organisation(), request.person(), Set.of(), request.groups(),
                Set.of(), "TAXII");
        Outcome outcome;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            ImportReport report = intelligence.ingest(importId, in, publication);
            outcome = Outcome.of(request.objects(), report, Outcome.unreached(report));
        } catch (IOException | RuntimeException e) {
            if (stopping) {
                log.info("Sipar is stopping: TAXII request {} stays pending and resumes at the next start", request.id());
                return;
            }
            // The status is for the client: it gets the request's id to quote, never the failure's own text (SQL).
            log.error("The import of TAXII request {} failed", request.id(), e);
            outcome = Outcome.of(request.objects(), report(request, importId),
                    "The import failed on the server; an administrator can find why in the log under request " + request.id());
        }
        statuses.complete(request.id(), outcome);
        spool.delete(request.id());
    }

    /** The report of an import of {@code request} as far as it got, if one was started and saved a report. */
    ImportReport report(StatusStore.Row request, UUID importId) {
        if (importId == null || request.organisation() == null) {
            return null;
        }
        Reader publisher = new Reader(request.person(), request.organisation(), false, Set.of());
        return intelligence.importReport(publisher, importId).orElse(null);
    }

    /**
     * Resumes the requests left pending by the last stop of Sipar, and deletes spool files of requests that were
     * never acknowledged. Runs once Sipar is ready, after the store has closed the imports the stop cut short.
     */
    @EventListener(ApplicationReadyEvent.class)
    void resumeInterrupted() {
        List<UUID> pending = statuses.pending();
        pending.forEach(this::submit);
        int orphans = spool.deleteOrphans(new HashSet<>(pending), startedAt);
        if (!pending.isEmpty() || orphans > 0) {
            log.info("Resuming {} TAXII request(s) left pending; deleted {} spool file(s) of unacknowledged ones",
                    pending.size(), orphans);
        }
    }

    @Override
    public void destroy() {
        stopping = true;
        executor.shutdown();
    }
}
