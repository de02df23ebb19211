package org.sipar.advisory.internal.cvss;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.sipar.advisory.internal.cvss.CvssRejected.Reason;

/**
 * Reads CVSS vector strings: 3.0 and 3.1 (base, temporal and environmental metrics; the base score) and 4.0 (base,
 * threat, environmental and supplemental metrics; the CVSS-B/BT/BE/BTE score). A vector that does not parse is
 * rejected with the position of the problem.
 */
public final class Cvss {

    private Cvss() {
    }

    /** The vector and its score; surrounding white space is ignored. Throws {@link CvssRejected}. */
    public static CvssScore parse(String vector) {
        String text = vector == null ? "" : vector.strip();
        int offset = vector == null || text.isEmpty() ? 0 : vector.indexOf(text.charAt(0));
        VectorGrammar grammar = VectorGrammars.ALL.stream().filter(g -> text.startsWith(g.prefix())).findFirst()
                .orElseThrow(() -> wrongPrefix(text, offset));
        Map<String, String> metrics = grammar.parse(text, offset);
        String normalised = grammar.vector(metrics);
        if (grammar == VectorGrammars.V4_0) {
            BigDecimal score = Cvss4Scoring.score(metrics);
            return new Cvss40(normalised, score, CvssSeverity.of(score), metrics);
        }
        BigDecimal score = oneDecimal(us.springett.cvss.Cvss.fromVector(baseVector(normalised)).calculateScore()
                .getBaseScore());
        return new Cvss31(normalised.substring(5, 8), normalised, score, CvssSeverity.of(score), metrics);
    }

    /** The base metrics only: the library's base score does not depend on the others. */
    private static String baseVector(String normalised) {
        String[] parts = normalised.split("/");
        return String.join("/", java.util.Arrays.copyOf(parts, 9));
    }

    private static BigDecimal oneDecimal(double score) {
        return BigDecimal.valueOf(score).setScale(1, RoundingMode.HALF_UP);
    }

    private static CvssRejected wrongPrefix(String text, int offset) {
        String expected = "CVSS:";
        int at = 0;
        while (at < expected.length() && at < text.length() && text.charAt(at) == expected.charAt(at)) {
            at++;
        }
        String found = text.length() > at ? "'" + text.substring(0, Math.min(text.length(), 9)) + "'" : "nothing";
        return new CvssRejected(offset + at + 1, Reason.WRONG_PREFIX,
                "expected CVSS:3.0/, CVSS:3.1/ or CVSS:4.0/ but found " + found, found);
    }
}
