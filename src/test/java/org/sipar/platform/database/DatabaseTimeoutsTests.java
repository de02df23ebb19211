package org.sipar.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Nothing can hold the pool for good: every connection has lock, statement and idle-in-transaction time-outs. */
@DemoPlatform
class DatabaseTimeoutsTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyPooledConnectionHasTheTimeOuts() {
        assertThat(show("lock_timeout")).isEqualTo(DatabaseConfiguration.LOCK_TIMEOUT);
        assertThat(show("idle_in_transaction_session_timeout")).isEqualTo(DatabaseConfiguration.IDLE_IN_TRANSACTION_TIMEOUT);
        assertThat(show("statement_timeout")).isEqualTo(DatabaseConfiguration.STATEMENT_TIMEOUT);
    }

    @Test
    void theEmbeddedServerHoldsEnoughLocksForParallelImports() {
        assertThat(Integer.parseInt(show("max_locks_per_transaction"))).isGreaterThanOrEqualTo(1024);
    }

    private String show(String setting) {
        return jdbc.sql("show " + setting).query(String.class).single();
    }
}
