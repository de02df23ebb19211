package org.sipar.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The packaged jar started on a Java older than 21 says so in one line and stops, instead of a stack trace. */
class OlderJavaIT {

    @Test
    void anOlderJavaIsToldInOneLineWhatSiparNeeds() throws Exception {
        Optional<Path> older = olderJava();
        assumeTrue(older.isPresent(), "no Java older than 21 under /usr/lib/jvm to start the jar with");
        Process process = new ProcessBuilder(older.get().resolve("bin/java").toString(), "-jar",
                SiparProcess.jar().toString()).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(output.lines()).singleElement().asString()
                .startsWith("Sipar needs Java 21 or newer, but this is Java ");
    }

    /** A JDK or JRE of a feature release below 21, by the JAVA_VERSION its release file names. */
    private static Optional<Path> olderJava() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(home -> Files.isRegularFile(home.resolve("bin/java")))
                    .filter(home -> feature(home.resolve("release")) < 21).findFirst();
        }
    }

    private static int feature(Path release) {
        try {
            return Files.readAllLines(release).stream().filter(l -> l.startsWith("JAVA_VERSION="))
                    .map(l -> l.replaceAll("[^0-9.]", "").split("\\.")[0]).map(Integer::parseInt).findFirst().orElse(99);
        } catch (IOException | NumberFormatException e) {
            return 99;
        }
    }
}
