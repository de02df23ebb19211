package org.sipar.intel;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fills the import queue to its capacity (the default, 64) with stand-in imports that wait queued, for as long
 * as it is open; closing it takes them away. They have no spool file: should one run meanwhile it just fails.
 */
public final class FullImportQueue implements AutoCloseable {

    public static final int CAPACITY = 64;
    static final String SOURCE = "full-import-queue";

    private final JdbcClient jdbc;

    public FullImportQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
        int queued = jdbc.sql("select count(*) from intel_imports where status = 'queued'").query(Integer.class).single();
        jdbc.sql("""
                        insert into intel_imports (id, status, source, spool_file)
                        select gen_random_uuid(), 'queued', ?, 'gone.json' from generate_series(1, ?)""")
                .params(SOURCE, Math.max(0, CAPACITY - queued)).update();
    }

    @Override
    public void close() {
        jdbc.sql("delete from intel_imports where source = ?").params(SOURCE).update();
    }
}
