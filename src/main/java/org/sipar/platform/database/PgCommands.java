package org.sipar.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs PostgreSQL's command-line programs. PostgreSQL refuses to run as root, so as root on Linux they run
 * inside a fresh user namespace in which this user appears as an ordinary one; the files stay ours.
 */
final class PgCommands {

    private final Path home;
    private final Path logFile;

    PgCommands(Path home, Path logFile) {
        this.home = home;
        this.logFile = logFile;
    }

    Path home() {
        return home;
    }

    Path logFile() {
        return logFile;
    }

    /** Runs {@code program} from the binaries with {@code args}; fails with its output when it exits non-zero. */
    void run(List<String> programAndArgs) {
        int exit = tryRun(programAndArgs);
        if (exit != 0) {
            throw new IllegalStateException(programAndArgs.getFirst() + " failed with exit code " + exit
                    + "; see " + logFile + " and " + output(programAndArgs.getFirst()));
        }
    }

    /** Runs the program and returns its exit code; its output goes to a file beside the server log. */
    int tryRun(List<String> programAndArgs) {
        List<String> command = new ArrayList<>(asUnprivileged());
        command.add(home.resolve("bin").resolve(programAndArgs.getFirst()).toString());
        command.addAll(programAndArgs.subList(1, programAndArgs.size()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output(programAndArgs.getFirst()).toFile());
        builder.environment().put("LC_ALL", "C");
        try {
            Files.createDirectories(logFile.getParent());
            Process process = builder.start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command, e);
        }
    }

    private Path output(String program) {
        return logFile.resolveSibling(program + ".out");
    }

    private static List<String> asUnprivileged() {
        if (!isRootOnLinux()) {
            return List.of();
        }
        if (!Files.isExecutable(Path.of("/usr/bin/unshare"))) {
            throw new IllegalStateException("PostgreSQL cannot run as root and /usr/bin/unshare (util-linux) is missing: "
                    + "run Sipar as an ordinary user, or install util-linux");
        }
        return List.of("/usr/bin/unshare", "--user", "--map-user=1000", "--map-group=1000");
    }

    private static boolean isRootOnLinux() {
        return "linux".equals(PostgresBinaries.os()) && "root".equals(System.getProperty("user.name"));
    }
}
