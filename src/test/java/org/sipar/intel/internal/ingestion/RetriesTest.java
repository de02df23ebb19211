package org.sipar.intel.internal.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DeadlockLoserDataAccessException;

/** A batch aborted by PostgreSQL as a deadlock, serialisation failure or lock time-out is tried again; nothing else is. */
class RetriesTest {

    @Test
    void aDeadlockIsTriedAgain() {
        AtomicInteger tries = new AtomicInteger();
        String result = Retries.onTransientFailure(() -> {
            if (tries.incrementAndGet() < 3) {
                throw new DeadlockLoserDataAccessException("deadlock", new SQLException("deadlock detected", "40P01"));
            }
            return "stored";
        });
        assertThat(result).isEqualTo("stored");
        assertThat(tries).hasValue(3);
    }

    @Test
    void aLockTimeOutAndASerialisationFailureAreTransient() {
        assertThat(Retries.isTransient(new DeadlockLoserDataAccessException("x", new SQLException("lock timeout", "55P03")))).isTrue();
        assertThat(Retries.isTransient(new DeadlockLoserDataAccessException("x", new SQLException("serialize", "40001")))).isTrue();
    }

    @Test
    void otherFailuresAreNotTriedAgain() {
        AtomicInteger tries = new AtomicInteger();
        assertThatThrownBy(() -> Retries.onTransientFailure(() -> {
            tries.incrementAndGet();
            throw new DataIntegrityViolationException("bad", new SQLException("unique", "23505"));
        })).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(tries).hasValue(1);
    }

    @Test
    void aDeadlockThatPersistsFailsAfterTheLastTry() {
        AtomicInteger tries = new AtomicInteger();
        assertThatThrownBy(() -> Retries.onTransientFailure(() -> {
            tries.incrementAndGet();
            throw new DeadlockLoserDataAccessException("deadlock", new SQLException("deadlock detected", "40P01"));
        })).isInstanceOf(DeadlockLoserDataAccessException.class);
        assertThat(tries).hasValue(Retries.TRIES);
    }
}
