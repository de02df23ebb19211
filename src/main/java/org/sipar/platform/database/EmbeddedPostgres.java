package org.sipar.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server that Sipar runs itself under {@code <data-dir>/postgres}: binaries in
 * {@code pg-<version>}, the cluster in {@code cluster}, its log in {@code server.log}. It listens on a free
 * loopback port with a random superuser password kept in the data directory, so two instances never clash.
 * A server left behind by a killed JVM is found through its {@code postmaster.pid} and stopped first.
 */
final class EmbeddedPostgres implements AutoCloseable {

    static final String USER = "sipar";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);

    private final Path root;
    private final Path cluster;
    private final PgCommands pg;
    private int port;
    // Stops the server when the JVM exits without closing it (a test run, a context that never closed). It
    // first gives a closing application a moment, so that requests finishing during a graceful shutdown
    // still have their database.
    private final Thread onExit = new Thread(this::stopUnlessClosedSoon, "sipar-postgres-stop");
    private final java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
    private boolean stopped;

    private EmbeddedPostgres(Path root, Path binaries) {
        this.root = root;
        this.cluster = root.resolve("cluster");
        this.pg = new PgCommands(binaries, root.resolve("server.log"));
    }

    /** Installs, initialises if new, recovers after a crash, and starts the server below {@code root}. */
    static EmbeddedPostgres start(Path root) {
        EmbeddedPostgres server = new EmbeddedPostgres(root, PostgresBinaries.install(root));
        server.initialiseIfNew();
        new StaleServer(server.cluster, server.pg).stopIfRunning();
        server.port = freePort();
        server.pg.run(List.of("pg_ctl", "-D", server.cluster.toString(), "-l", server.pg.logFile().toString(),
                "-w", "-t", "120", "-o", server.options(), "start"));
        log.info("Embedded PostgreSQL {} started on 127.0.0.1:{} with its data in {}",
                server.version(), server.port, server.cluster);
        Runtime.getRuntime().addShutdownHook(server.onExit);
        return server;
    }

    /** The folder the server lives in. */
    Path root() {
        return root;
    }

    /** The JDBC URL of the server's database. */
    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** The superuser's password, generated at initialisation and kept readable only by this user. */
    String password() {
        try {
            return Files.readString(root.resolve("password")).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the embedded database's password", e);
        }
    }

    String version() {
        return pg.home().getFileName().toString().substring(3);
    }

    /** Stops the server, waiting for it to write its last checkpoint. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running already; it waits for this close and stop() runs once either way.
        }
        stop();
        closed.countDown();
    }

    private void stopUnlessClosedSoon() {
        try {
            if (!closed.await(10, java.util.concurrent.TimeUnit.SECONDS)) {
                stop();
            }
        } catch (InterruptedException e) {
            stop();
        }
    }

    private synchronized void stop() {
        if (!stopped) {
            stopped = true;
            pg.run(List.of("pg_ctl", "-D", cluster.toString(), "-m", "fast", "-w", "-t", "60", "stop"));
            log.info("Embedded PostgreSQL stopped");
        }
    }

    private String options() {
        // No Unix socket: its default folder is shared by every instance on the machine. Bulk imports touch
        // random pages of the id indexes: fewer checkpoints mean fewer full-page images of them in the WAL,
        // and more shared buffers keep them in; durability is the same (fsync, synchronous commit).
        return "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"
                + " -c max_connections=100 -c max_locks_per_transaction=1024 -c shared_buffers=1GB -c fsync=on"
                + " -c max_wal_size=8GB -c checkpoint_timeout=30min -c checkpoint_completion_target=0.9";
    }

    private void initialiseIfNew() {
        if (Files.isRegularFile(cluster.resolve("PG_VERSION"))) {
            return;
        }
        try {
            PostgresBinaries.deleteTree(cluster);
            Path partial = root.resolve("cluster.initialising");
            PostgresBinaries.deleteTree(partial);
            Path pwfile = root.resolve("password");
            Files.writeString(pwfile, HexFormat.of().formatHex(randomBytes()));
            restrict(pwfile);
            pg.run(List.of("initdb", "-D", partial.toString(), "-U", USER, "--pwfile=" + pwfile,
                    "-A", "scram-sha-256", "-E", "UTF8", "--locale=C", "--no-instructions"));
            Files.move(partial, cluster);
            log.info("Initialised a new PostgreSQL cluster in {}", cluster);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot initialise PostgreSQL in " + cluster, e);
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static void restrict(Path file) throws IOException {
        file.toFile().setReadable(false, false);
        file.toFile().setReadable(true, true);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port for the embedded database", e);
        }
    }
}
