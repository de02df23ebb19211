package org.sipar.intel.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Imports still marked running at start-up were cut short by a stop or crash of Sipar. Their reports
 * already account for every batch written; this says so and closes them as failed.
 */
@Component
class InterruptedImports implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(InterruptedImports.class);

    private final JdbcClient jdbc;

    InterruptedImports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterSingletonsInstantiated() {
        int closed = jdbc.sql("""
                update intel_imports set status = 'failed', finished_at = now(),
                    report = jsonb_set(jsonb_set(report, '{status}', '"failed"'), '{notes}',
                        coalesce(report -> 'notes', '[]'::jsonb)
                        || '["Interrupted: Sipar stopped while this import ran; the objects counted here were stored"]'::jsonb)
                where status = 'running'""").update();
        if (closed > 0) {
            log.warn("Closed {} import(s) interrupted by the last stop of Sipar", closed);
        }
    }
}
