package org.sipar.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;

import org.sipar.platform.SiparSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database: the external PostgreSQL named by {@code sipar.db.url}, or else the embedded one under the
 * data directory. Either way one HikariCP pool, migrated by Flyway.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);
    static final String LOCK_TIMEOUT = "30s";
    static final String IDLE_IN_TRANSACTION_TIMEOUT = "2min";
    static final String STATEMENT_TIMEOUT = "15min";

    @Bean(destroyMethod = "close")
    Database database(SiparSettings settings, ObjectProvider<EarlyStart.Handle> early) {
        Path dataDir = settings.dataDir().toAbsolutePath().normalize();
        log.info("Sipar data directory: {}", dataDir);
        if (settings.db().external()) {
            log.info("Database: external PostgreSQL at {}", settings.db().url());
            return new Database(settings.db().url(), settings.db().username(), settings.db().password(), null);
        }
        Path root = dataDir.resolve("postgres");
        EarlyStart.Handle handle = early.getIfAvailable();
        EmbeddedPostgres started = handle == null ? null : handle.await(root);
        EmbeddedPostgres server = started != null ? started : EmbeddedPostgres.start(root);
        log.info("Database: embedded PostgreSQL {} at {}", server.version(), server.jdbcUrl());
        return new Database(server.jdbcUrl(), EmbeddedPostgres.USER, server.password(), server);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(Database database) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("sipar");
        config.setJdbcUrl(database.url());
        config.setUsername(database.username());
        config.setPassword(database.password());
        config.setMaximumPoolSize(20);
        config.setMinimumIdle(2);
        // Nothing may hold the pool for good (issue 7): a lock not had in time fails the statement (an import's
        // batch is then tried again), and a transaction left idle is ended by PostgreSQL. Statements themselves
        // may run long (an analyze, a large delete), but not for ever.
        config.setConnectionInitSql("set lock_timeout = '" + LOCK_TIMEOUT + "'; set idle_in_transaction_session_timeout = '"
                + IDLE_IN_TRANSACTION_TIMEOUT + "'; set statement_timeout = '" + STATEMENT_TIMEOUT + "'");
        return new HikariDataSource(config);
    }

    /** Where the database is; closing it stops the embedded server, if Sipar started one. */
    record Database(String url, String username, String password, EmbeddedPostgres embedded) implements AutoCloseable {

        @Override
        public void close() {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

}
