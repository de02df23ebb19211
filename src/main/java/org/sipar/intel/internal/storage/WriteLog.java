package org.sipar.intel.internal.storage;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The positions of writes in commit order (V11__intel_write_log.sql). A writing transaction takes a write id
 * first, stores its rows with it and their index in it, and calls {@link #commitOrder} last, just before it
 * commits: the lock on the clock row is held until the commit, so the next writer gets the next position only
 * once this one is visible. Listings order by (position, index); {@link #cursor} packs the two in one number.
 */
public final class WriteLog {

    /** Rows of one write are numbered below this; a batch holds at most 100,000. */
    public static final long INDEXES = 1L << 20;

    private final JdbcClient jdbc;

    public WriteLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new write's id, to store its rows with. */
    public long newWrite() {
        return jdbc.sql("select nextval('intel_write_ids')").query(Long.class).single();
    }

    /**
     * Gives write {@code writeId} the next position and its date_added, after the last write's; {@code lastIndex} is
     * the highest index of its rows. Call it last in the transaction, and only when it stored rows. Returns the position.
     */
    public long commitOrder(long writeId, int lastIndex, int rows) {
        return jdbc.sql("""
                with next as (
                    update intel_write_clock set position = position + 1,
                        last_added = greatest(clock_timestamp(), last_added + interval '1 microsecond')
                                     + make_interval(secs => :span / 1000000.0)
                    returning position, last_added - make_interval(secs => :span / 1000000.0) as added_at)
                insert into intel_writes (write_id, position, added_at, rows) select :write, position, added_at, :rows from next
                returning position""")
                .param("span", lastIndex).param("write", writeId).param("rows", rows).query(Long.class).single();
    }

    /** The cursor of a row: its write's position and its index in the write, in one number. */
    public static long cursor(long position, int index) {
        return position * INDEXES + index;
    }
}
