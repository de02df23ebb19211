package org.sipar.intel;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reference data in {@code ../shared}: tests that need it run when it is there, are skipped with a
 * message on a bare clone, and fail under CI, where its absence is an error.
 */
final class SharedData {

    private SharedData() {
    }

    static Path file(String relative) {
        Path root = Path.of("..", "shared");
        boolean present = Files.isDirectory(root);
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("../shared is missing under CI: " + root.toAbsolutePath());
        }
        assumeTrue(present, "Skipping: ../shared (reference data) is not beside this clone");
        return root.resolve(relative);
    }
}
