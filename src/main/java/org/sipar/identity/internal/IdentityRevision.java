package org.sipar.identity.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The identity tables' revision (table {@code identity_revision}, migration V23_1), shared by every node on the
 * database: each write to people, organisations, sharing groups or tokens raises it in its own transaction, and
 * {@link IdentityCache} answers from memory only while it is unchanged. Reading it is one primary-key look-up on
 * a one-row table, once per request; it is what makes a revocation or a lock on one node hold on every node from
 * the next request on, where a message between nodes (LISTEN/NOTIFY, Kafka) could still be on its way when that
 * request arrives.
 */
@Repository
class IdentityRevision {

    private static final String KEY = IdentityRevision.class.getName();

    private final JdbcClient jdbc;

    IdentityRevision(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The revision as last committed, read once per web request (and kept for the rest of it: a token check and
     * the policy's look-ups of one request cost one read), and at every call outside one.
     */
    long current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(KEY, RequestAttributes.SCOPE_REQUEST) instanceof Long known) {
            return known;
        }
        long read = jdbc.sql("select revision from identity_revision where id = 1").query(Long.class).single();
        if (request != null) {
            request.setAttribute(KEY, read, RequestAttributes.SCOPE_REQUEST);
        }
        return read;
    }

    /** Raises the revision, in the caller's transaction if there is one (committed with the change it announces). */
    void raise() {
        jdbc.sql("update identity_revision set revision = revision + 1 where id = 1").update();
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(KEY, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
