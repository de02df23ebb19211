package org.sipar.intel.internal.ingestion;

import java.util.Arrays;
import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Transaction-scoped locks on object ids, so that two transactions writing versions of one id never run side
 * by side: the second waits until the first has committed, and its look-up then sees what the first stored.
 * Without them two imports of two versions of an id could each miss the other's, and both versions would
 * stay flagged as the latest (issue 7). Each id is locked by a 64-bit hash of it, in ascending order, so two
 * batches wait for each other in one direction only and never deadlock on these locks.
 *
 * <p>PostgreSQL's advisory locks live in its shared lock table, sized max_locks_per_transaction ×
 * max_connections; a batch holds one per distinct id (1,000 by default). The embedded server is configured
 * for that; an external one needs max_locks_per_transaction of at least 1024 (README).
 */
public final class IdLocks {

    private final JdbcClient jdbc;

    IdLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the locks of {@code ids} for the current transaction, waiting for the transactions that hold them. */
    void lock(Collection<String> ids) {
        long[] keys = ids.stream().mapToLong(IdLocks::key).distinct().sorted().toArray();
        if (keys.length > 0) {
            jdbc.sql("select count(pg_advisory_xact_lock(k)) from unnest(cast(:keys as bigint[])) as k")
                    .param("keys", Arrays.stream(keys).boxed().toArray(Long[]::new)).query(Long.class).single();
        }
    }

    /** FNV-1a over the id's characters: 64 bits, so two ids of one batch practically never share a lock. */
    public static long key(String id) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            hash ^= id.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
