package org.sipar.intel.stix;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** The shared reference data for the tests of this package: skipped with a message when absent, failed under CI. */
final class SharedStix {

    private SharedStix() {
    }

    /** {@code relative} under ../shared beside the work tree, else under /work/shared. */
    static Path folder(String relative) {
        for (Path shared : List.of(Path.of("..", "shared"), Path.of("/work/shared"))) {
            if (Files.isDirectory(shared.resolve(relative))) {
                return shared.resolve(relative);
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            fail("the reference data shared/" + relative + " is missing, and CI must run this test");
        }
        Assumptions.abort("Skipping: the reference data ../shared/" + relative + " (or /work/shared) is absent");
        return null;
    }
}
