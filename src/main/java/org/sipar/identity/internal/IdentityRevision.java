package org.sipar.identity.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The identity tables' revision (table {@code identity_revision}, migration V23_1), shared by every node on the
 * database: each write to people, organisations, sharing groups or tokens raises it in its own transaction, and
 * {@link IdentityCache} answers from memory only while it is unchanged. Reading it is one primary-key look-up on
 * a one-row table; it is what makes a revocation or a lock on one node hold on every node from the next request
 * on, where a message between nodes (LISTEN/NOTIFY, Kafka) could still be on its way when that request arrives.
 */
@Repository
class IdentityRevision {

    private final JdbcClient jdbc;

    IdentityRevision(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The revision as last committed. */
    long current() {
        return jdbc.sql("select revision from identity_revision where id = 1").query(Long.class).single();
    }

    /** Raises the revision, in the caller's transaction if there is one (committed with the change it announces). */
    void raise() {
        jdbc.sql("update identity_revision set revision = revision + 1 where id = 1").update();
    }
}
