package org.sipar.intel.internal.ingestion;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.sipar.intel.internal.IntelSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The threads every import shares, created once: {@code sipar.intel.import-threads} that run imports one each
 * (the others wait queued), and three writing threads per import thread, on which each running import stores
 * up to three batches side by side ({@link Pipeline}). At a stop the imports still running are let go: they
 * stay {@code running} and the next start runs them again.
 */
@Component
class ImportExecutors implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportExecutors.class);

    private final ExecutorService runners;
    private final ExecutorService writers;
    private volatile boolean stopping;

    ImportExecutors(IntelSettings settings, Environment environment) {
        int threads = settings.importThreads();
        String old = environment.getProperty("sipar.taxii.add-threads");
        if (old != null) {
            // TAXII's own import threads are gone: every import shares intel's.
            log.warn("sipar.taxii.add-threads is deprecated: TAXII adds share the import threads of sipar.intel.import-threads{}",
                    environment.containsProperty("sipar.intel.import-threads") ? " (set, so the old setting is ignored)"
                            : ", which takes its value " + old);
            if (!environment.containsProperty("sipar.intel.import-threads")) {
                threads = new IntelSettings(settings.defaultTlp(), settings.batchSize(), settings.maxObjectBytes(),
                        settings.maxPageBytes(), Integer.parseInt(old.strip()), settings.importQueueCapacity()).importThreads();
            }
        }
        // Shared threads are started by whichever caller comes first: they must not inherit its thread locals.
        runners = Executors.newFixedThreadPool(threads,
                Thread.ofPlatform().name("sipar-import-", 0).inheritInheritableThreadLocals(false).factory());
        writers = Executors.newFixedThreadPool(Pipeline.IN_FLIGHT * threads,
                Thread.ofPlatform().name("sipar-import-writer-", 0).inheritInheritableThreadLocals(false).factory());
    }

    ExecutorService runners() {
        return runners;
    }

    ExecutorService writers() {
        return writers;
    }

    /** Whether Sipar is stopping: an import that fails now was cut short, not failed. */
    boolean stopping() {
        return stopping;
    }

    @Override
    public void destroy() throws InterruptedException {
        shutdown();
    }

    /** Stops taking work and lets the running imports go; called before the database goes (by {@link Ingestion}). */
    void shutdown() throws InterruptedException {
        if (stopping) {
            return;
        }
        stopping = true;
        runners.shutdownNow();
        writers.shutdown();
        runners.awaitTermination(10, TimeUnit.SECONDS);
        writers.awaitTermination(10, TimeUnit.SECONDS);
    }
}
