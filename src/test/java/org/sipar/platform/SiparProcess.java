package org.sipar.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Sipar's packaged jar running in a process of its own, as an operator would start it. */
final class SiparProcess {

    final int port;
    final Process process;
    final Path log;

    private SiparProcess(int port, Process process, Path log) {
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code java -jar target/sipar-*.jar} on a free port with the given data directory. */
    static SiparProcess start(Path dataDir, String name, String... settings) throws IOException {
        int port = freePort();
        Path log = Files.createDirectories(Path.of("target/it-logs")).resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m", "-jar", jar().toString(),
                "--server.port=" + port, "--sipar.data-dir=" + dataDir));
        command.addAll(List.of(settings));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new SiparProcess(port, process, log);
    }

    /** Waits until health is UP; fails with the log's end if the process dies or time runs out. */
    Duration awaitHealthy(Duration timeout) throws Exception {
        Instant start = Instant.now();
        HttpClient client = HttpClient.newHttpClient();
        while (Duration.between(start, Instant.now()).compareTo(timeout) < 0) {
            if (!process.isAlive()) {
                throw new AssertionError("Sipar exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(url("/actuator/health")))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"status\":\"UP\"")) {
                    return Duration.between(start, Instant.now());
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Sipar did not become healthy within " + timeout + ":\n" + tail());
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    static Optional<Long> postgresPid(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postgres/cluster/postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(Files.readAllLines(pidFile).getFirst().trim()));
    }

    static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Waits for the process to disappear; the machine's init may take a moment to reap an exited orphan. */
    static boolean gone(long pid, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (alive(pid) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        return !alive(pid);
    }

    static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("sipar-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("No target/sipar-*.jar: run ./mvnw verify"));
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
