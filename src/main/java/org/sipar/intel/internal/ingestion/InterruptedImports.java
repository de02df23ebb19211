package org.sipar.intel.internal.ingestion;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.sipar.intel.ImportStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Imports still marked running at start-up without a spool file were cut short by a stop or crash of a Sipar
 * from before the import queue, which kept no copy to run them again from. Every batch they committed saved
 * its share of the report with its objects; this sums the shares and closes them as failed. (Those with a
 * spool file run again: {@link Ingestion#resume}.)
 */
@Component
class InterruptedImports implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(InterruptedImports.class);

    private final JdbcClient jdbc;
    private final Imports imports;
    private final Clock clock;

    InterruptedImports(JdbcClient jdbc, Imports imports, Clock clock) {
        this.jdbc = jdbc;
        this.imports = imports;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<UUID> running = jdbc.sql("select id from intel_imports where status = 'running' and spooled_in is null").query(UUID.class).list();
        for (UUID id : running) {
            String source = jdbc.sql("select source from intel_imports where id = ?").params(id).query(String.class).single();
            ReportBuilder report = new ReportBuilder(id, source, clock);
            imports.shares(id).forEach(share -> report.absorb(share.report()));
            report.note("Interrupted: Sipar stopped while this import ran; the objects counted here were stored");
            imports.finish(report.snapshot(ImportStatus.FAILED));
        }
        if (!running.isEmpty()) {
            log.warn("Closed {} import(s) interrupted by the last stop of Sipar", running.size());
        }
    }
}
