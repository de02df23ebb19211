package org.sipar.intel;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The reference data in {@code ../shared} (else {@code /work/shared}): tests that need it run when it is there, are skipped with a
 * message on a bare clone, and fail under CI, where its absence is an error.
 */
final class SharedData {

    private SharedData() {
    }

    static Path file(String relative) {
        // A worktree nested elsewhere has no ../shared; the machine-wide copy in /work/shared serves it then.
        Path root = Stream.of(Path.of("..", "shared"), Path.of("/work/shared")).filter(Files::isDirectory)
                .findFirst().orElse(null);
        if (root == null && "true".equals(System.getenv("CI"))) {
            fail("../shared (and /work/shared) is missing under CI: " + Path.of("..", "shared").toAbsolutePath());
        }
        assumeTrue(root != null, "Skipping: ../shared (reference data) is not beside this clone, nor in /work/shared");
        return root.resolve(relative);
    }
}
