package org.sipar.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the CSAF 2.0 checks of {@code @secvisogram/csaf-validator-lib} (the strict CSAF 2.0 schema and every
 * mandatory test of section 6.1) on CSAF documents, through {@code src/test/csaf/validate.mjs} and node. Without
 * node or the installed library ({@code npm ci --prefix src/test/csaf}, which {@code .ci/run} does) the calling
 * test is skipped with a message; under CI ({@code CI=true}) it fails. A node run takes seconds (the library loads
 * its dictionaries), so check many documents with one call to {@link #validate(List)}.
 */
public final class CsafValidator {

    private static final Path HOME = Path.of("src", "test", "csaf");
    private static final Path LIBRARY = HOME.resolve("node_modules/@secvisogram/csaf-validator-lib/package.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CsafValidator() {
    }

    /** One failed check: the test (such as {@code csaf_2_0_strict}, {@code mandatoryTest_6_1_1}), where, and what. */
    public record Problem(String test, String instancePath, String message) {

        @Override
        public String toString() {
            return test + " at " + (instancePath.isEmpty() ? "/" : instancePath) + ": " + message;
        }
    }

    /** What the checks found in one document; {@code valid} when they found nothing. */
    public record Result(Path file, boolean valid, List<Problem> problems) {

        public Result {
            problems = List.copyOf(problems);
        }
    }

    /** The problems of one document file; empty when it passes every check. */
    public static List<Problem> problems(Path csafJson) {
        return validate(List.of(csafJson)).get(csafJson).problems();
    }

    /** The results of several document files, in one node run, by file in the order given. */
    public static Map<Path, Result> validate(List<Path> files) {
        requireInstalled();
        List<String> command = new ArrayList<>(List.of("node", "validate.mjs"));
        files.forEach(f -> command.add(f.toAbsolutePath().toString()));
        JsonNode results = JSON.readTree(run(command));
        Map<Path, Result> byFile = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            byFile.put(files.get(i), result(files.get(i), results.get(i)));
        }
        return byFile;
    }

    /** Fails the calling test, naming every problem, unless {@code document} passes every check. */
    public static void assertValid(byte[] document) {
        requireInstalled();
        try {
            Path file = Files.createTempFile("csaf-", ".json");
            try {
                Files.write(file, document);
                assertValid(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails the calling test, naming every problem, unless the document file passes every check. */
    public static void assertValid(Path csafJson) {
        List<Problem> problems = problems(csafJson);
        if (!problems.isEmpty()) {
            fail("The CSAF document " + csafJson.getFileName() + " fails the CSAF 2.0 checks:\n  "
                    + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  ")));
        }
    }

    private static Result result(Path file, JsonNode result) {
        List<Problem> problems = new ArrayList<>();
        result.get("problems").forEach(p -> problems.add(new Problem(p.get("test").asString(),
                p.get("instancePath").asString(""), p.get("message").asString(""))));
        return new Result(file, result.get("isValid").asBoolean(), problems);
    }

    private static String run(List<String> command) {
        try {
            Path errors = Files.createTempFile("csaf-validator-", ".log");
            Process node = new ProcessBuilder(command).directory(HOME.toFile())
                    .redirectError(errors.toFile()).start();
            String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            // The wait is only a guard against a hung node: a run takes seconds.
            if (!node.waitFor(10, TimeUnit.MINUTES) || node.exitValue() != 0) {
                node.destroyForcibly();
                throw new IllegalStateException("node validate.mjs failed: " + Files.readString(errors));
            }
            Files.deleteIfExists(errors);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("node could not be run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Skips the calling test (fails it under CI) when node or the installed library is missing. */
    public static void requireInstalled() {
        String missing = !Files.isRegularFile(LIBRARY)
                ? "the CSAF validator library is not installed (npm ci --prefix src/test/csaf)"
                : !nodeRuns() ? "node is not on the PATH" : null;
        if (missing == null) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            fail("CI must run the CSAF checks, but " + missing);
        }
        Assumptions.abort("Skipping the CSAF checks: " + missing);
    }

    private static boolean nodeRuns() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
