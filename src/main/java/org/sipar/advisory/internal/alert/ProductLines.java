package org.sipar.advisory.internal.alert;

import java.util.ArrayList;
import java.util.List;
import org.sipar.platform.InputRejected;

/**
 * Products pasted one a line, as from an SBOM's component list: each line a CPE 2.3 name or package URL, then
 * optionally a label (neither has an unescaped space, so the first space ends the identifier); empty lines and lines
 * starting with {@code #} are skipped. Read whole or refused whole, naming every bad line and the character at fault.
 */
final class ProductLines {

    static final int MAX_LINES = 2000;
    static final int MAX_LABEL = 200;

    /** One product to register. */
    record Line(ProductIdentifier identifier, String label) {
    }

    private ProductLines() {
    }

    static List<Line> read(String text, String defaultLabel) {
        String fallback = defaultLabel == null ? "" : defaultLabel.strip();
        List<Line> lines = new ArrayList<>();
        List<InputRejected.Problem> problems = new ArrayList<>();
        String[] raw = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            String label = parts.length > 1 ? parts[1].strip() : fallback;
            try {
                lines.add(new Line(ProductIdentifier.parse(parts[0]), label(label, i + 1)));
            } catch (IdentifierRejected e) {
                problems.add(e.problem("line " + (i + 1), parts[0]));
            } catch (InputRejected e) {
                problems.addAll(e.problems());
            }
        }
        check(lines, problems);
        return lines;
    }

    private static String label(String label, int line) {
        if (label.length() > MAX_LABEL) {
            throw new InputRejected("line " + line, label, "a label has at most " + MAX_LABEL + " characters");
        }
        return label;
    }

    private static void check(List<Line> lines, List<InputRejected.Problem> problems) {
        if (lines.size() > MAX_LINES) {
            problems.add(new InputRejected.Problem("products", String.valueOf(lines.size()),
                    "at most " + MAX_LINES + " products are added at once"));
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(new InputRejected.Problem("products", null, "no product given: one CPE name or package URL a line",
                    "advisory.alert.products.none", List.of()));
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
    }
}
