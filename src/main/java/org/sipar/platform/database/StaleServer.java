package org.sipar.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server left running, or a lock file left behind, by an earlier Sipar that was killed. A live server on
 * our cluster is asked to stop (fast, then forcibly); a lock file naming a process that is gone or is not
 * PostgreSQL is removed, since PostgreSQL would otherwise refuse to start.
 */
final class StaleServer {

    private static final Logger log = LoggerFactory.getLogger(StaleServer.class);

    private final Path cluster;
    private final PgCommands pg;

    StaleServer(Path cluster, PgCommands pg) {
        this.cluster = cluster;
        this.pg = pg;
    }

    /** Leaves the cluster with no server running on it and no stale lock file. */
    void stopIfRunning() {
        Path pidFile = cluster.resolve("postmaster.pid");
        Optional<ProcessHandle> server = pid(pidFile).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive).filter(StaleServer::isPostgres);
        if (server.isPresent()) {
            log.warn("Found PostgreSQL (pid {}) still running on {} from an earlier run; stopping it",
                    server.get().pid(), cluster);
            stop(server.get());
        }
        try {
            if (Files.deleteIfExists(pidFile)) {
                log.warn("Removed the stale lock file {}", pidFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the stale lock file " + pidFile, e);
        }
    }

    private void stop(ProcessHandle server) {
        int exit = pg.tryRun(List.of("pg_ctl", "-D", cluster.toString(), "-m", "fast", "-w", "-t", "30", "stop"));
        if (exit != 0 || server.isAlive()) {
            server.descendants().forEach(ProcessHandle::destroyForcibly);
            server.destroyForcibly();
        }
        server.onExit().orTimeout(Duration.ofSeconds(30).toSeconds(), java.util.concurrent.TimeUnit.SECONDS).join();
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> c.endsWith("postgres")).orElse(false);
    }

    private static Optional<Long> pid(Path pidFile) {
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.getFirst().trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
