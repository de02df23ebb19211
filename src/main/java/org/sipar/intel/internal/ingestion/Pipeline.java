package org.sipar.intel.internal.ingestion;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import org.sipar.intel.ImportReport;
import org.sipar.intel.ImportStatus;

/**
 * Writes segments on the writing threads all imports share, so that checking the next batch (CPU in this JVM)
 * overlaps with storing the last ones (CPU in PostgreSQL), and two batches are stored side by side on two connections,
 * so that PostgreSQL's share can use two cores. At most {@value #IN_FLIGHT} segments wait or are written,
 * which bounds memory; the reader blocks beyond that.
 *
 * <p>Side by side changes nothing that can be seen: a batch that shares an object id with one still being
 * written starts only after that one ended (a wait outside any transaction), so it sees that one's versions
 * exactly as if the batches had been written one after the other; and each batch saves its own share of the
 * report with its objects, so no batch ever waits for another while holding a transaction.
 */
final class Pipeline {

    static final int IN_FLIGHT = 3;

    private final BatchWriter batches;
    private final ReportBuilder report;
    /** The writing threads, shared by every import ({@link ImportExecutors}). */
    private final Executor writers;
    private final Semaphore slots = new Semaphore(IN_FLIGHT);
    private final List<Written> inFlight = new ArrayList<>();
    private int nextBatch;

    /** A segment being written: its object ids and the end of its writing. */
    private record Written(Set<String> ids, CompletableFuture<Void> done) {
    }

    Pipeline(BatchWriter batches, ReportBuilder report, Executor writers) {
        this.writers = writers;
        this.batches = batches;
        this.report = report;
    }

    /** Queues a segment for writing; fails at once if an earlier write failed. */
    void submit(Batch segment) {
        slots.acquireUninterruptibly();
        try {
            write(segment);
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
    }

    /** Writes the last segment, waits for all writes, and returns the report with the final status. */
    ImportReport finish(Batch last, ImportStatus status) {
        try {
            submit(last);
            inFlight.forEach(w -> w.done().join());
            synchronized (report) {
                return report.snapshot(status);
            }
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private void write(Batch segment) {
        inFlight.removeIf(w -> {
            if (w.done().isCompletedExceptionally()) {
                w.done().join(); // fails this import at once
            }
            return w.done().isDone();
        });
        segment.batch = nextBatch++;
        Set<String> ids = new HashSet<>();
        segment.candidates.forEach(c -> ids.add(c.id()));
        List<CompletableFuture<Void>> overlapping = new ArrayList<>();
        for (Written w : inFlight) {
            if (w.ids().stream().anyMatch(ids::contains)) {
                overlapping.add(w.done());
            }
        }
        CompletableFuture<Void> done = CompletableFuture.allOf(overlapping.toArray(CompletableFuture[]::new))
                .handleAsync((ignored, failure) -> {
                    try {
                        if (failure != null) {
                            throw new CompletionException(failure); // an overlapping write failed: this one fails too
                        }
                        ImportReport share = batches.write(segment, report);
                        synchronized (report) {
                            report.absorb(share);
                        }
                        return (Void) null;
                    } finally {
                        slots.release();
                    }
                }, writers);
        inFlight.add(new Written(ids, done));
    }
}
