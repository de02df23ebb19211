package org.sipar.intel.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.sipar.intel.ImportReport;

/**
 * Writes segments in order on a thread of its own, so that checking the next batch (CPU in this JVM)
 * overlaps with storing the last one (CPU in PostgreSQL). At most two segments wait, which bounds memory;
 * the reader blocks beyond that. The report is touched only by the writing thread.
 */
final class Pipeline {

    private static final int IN_FLIGHT = 2;

    private final Batches batches;
    private final ReportBuilder report;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("sipar-import-writer").factory());
    private final Semaphore slots = new Semaphore(IN_FLIGHT);
    private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);

    Pipeline(Batches batches, ReportBuilder report) {
        this.batches = batches;
        this.report = report;
    }

    /** Queues a segment for writing; fails at once if an earlier write failed. */
    void submit(Segment segment) {
        if (tail.isCompletedExceptionally()) {
            tail.join();
        }
        slots.acquireUninterruptibly();
        tail = tail.thenRunAsync(() -> {
            try {
                batches.write(segment, report, "running");
            } finally {
                slots.release();
            }
        }, writer);
    }

    /** Writes the last segment with the final status, waits for all writes, and returns the report. */
    ImportReport finish(Segment last, String status) {
        try {
            tail.thenRunAsync(() -> batches.write(last, report, status), writer).join();
            return report.snapshot(status);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } finally {
            writer.shutdown();
        }
    }
}
