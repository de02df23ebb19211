package org.sipar.support.stix;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared reference data (MITRE ATT&CK bundles, the OASIS STIX schemas, the TLP 2.0 marking definitions ...):
 * {@code ../shared} beside the work tree, as CI lays it out, else the machine-wide {@code /work/shared}. A test
 * that needs it runs when it is there, is skipped with a message on a bare clone, and fails under CI
 * ({@code CI=true}), where its absence is an error.
 */
public final class ReferenceData {

    private static final List<Path> ROOTS = List.of(Path.of("..", "shared"), Path.of("/work/shared"));

    private ReferenceData() {
    }

    /** The file or folder {@code relative} (such as {@code data/attack}) in the reference data; skips or fails the test without it. */
    public static Path require(String relative) {
        Optional<Path> found = find(relative);
        if (found.isPresent()) {
            return found.get();
        }
        if ("true".equals(System.getenv("CI"))) {
            fail("the reference data shared/" + relative + " is missing (neither " + ROOTS.getFirst().toAbsolutePath().normalize()
                    + " nor " + ROOTS.getLast() + " has it), and CI must run this test");
        }
        return Assumptions.abort("Skipping: the reference data shared/" + relative + " is absent (../shared, /work/shared)");
    }

    /** The same, or empty when it is absent, for tests that do without it. */
    public static Optional<Path> find(String relative) {
        return ROOTS.stream().map(root -> root.resolve(relative)).filter(Files::exists).findFirst();
    }
}
