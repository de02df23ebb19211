package org.sipar.platform.work;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * A lock across every instance sharing the database: a PostgreSQL session-level advisory lock, held on one
 * connection for as long as the work runs and let go however it ends (also when the instance dies, with its
 * connection). Its keys are the two-integer kind, a key space apart from the one-bigint keys the intelligence
 * store locks object ids with, so the two never collide.
 */
@Component
class ClusterLock {

    /** The first key of every periodic-work lock: "SPW" in ASCII. */
    static final int PERIODIC_WORK = 0x535057;

    private final DataSource dataSource;

    ClusterLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code work} while holding the lock named {@code name}; false, without running it, if it is taken. */
    boolean runIfFree(String name, Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!call(connection, "select pg_try_advisory_lock(?, hashtext(?))", name)) {
                return false;
            }
            try {
                work.run();
                return true;
            } finally {
                call(connection, "select pg_advisory_unlock(?, hashtext(?))", name);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Could not take or release the lock of " + name, e);
        }
    }

    private static boolean call(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, PERIODIC_WORK);
            statement.setString(2, name);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }
}
