package org.sipar.advisory.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sipar.advisory.internal.AdvisoryContent.Vulnerability;
import org.sipar.advisory.internal.cvss.Cvss;
import org.sipar.advisory.internal.cvss.Cvss31;
import org.sipar.advisory.internal.cvss.CvssRejected;
import org.sipar.advisory.internal.cvss.CvssScore;
import org.sipar.platform.InputRejected.Problem;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The scores of the vulnerabilities, by {@link Cvss}: a 3.1 vector becomes CSAF's {@code cvss_v3} for the affected
 * products. CSAF 2.0 has no place for CVSS 4.0 in {@code scores} (that comes with CSAF 2.1): a 4.0 vector is shown on
 * the page and counts in the aggregate severity, and the document carries it in a note of the vulnerability.
 */
@Component
class CvssScores implements Scores {

    @Override
    public void check(String field, String vector, String version, List<Problem> problems) {
        if (vector == null || vector.isBlank()) {
            return;
        }
        try {
            CvssScore score = Cvss.parse(vector);
            if (!score.version().startsWith(version.substring(0, 1)) || "4.0".equals(version) != "4.0".equals(score.version())) {
                problems.add(new Problem(field, vector, "is a CVSS " + score.version() + " vector: this field takes CVSS " + version));
            }
        } catch (CvssRejected e) {
            problems.add(e.problem(field, vector));
        }
    }

    @Override
    public Optional<ArrayNode> csaf(Vulnerability v) {
        if (v.cvss31().isBlank() || v.affected().isEmpty() || !(Cvss.parse(v.cvss31()) instanceof Cvss31 score)) {
            return Optional.empty();
        }
        ArrayNode scores = JsonMapper.shared().createArrayNode();
        ObjectNode s = scores.addObject();
        s.set("cvss_v3", JsonMapper.shared().valueToTree(score.csafCvssV3()));
        ArrayNode products = s.putArray("products");
        v.affected().stream().distinct().sorted().forEach(i -> products.add(CsafProducts.id(i)));
        return Optional.of(scores);
    }

    @Override
    public Optional<String> cvss40Note(Vulnerability v) {
        if (v.cvss40().isBlank()) {
            return Optional.empty();
        }
        CvssScore score = Cvss.parse(v.cvss40());
        return Optional.of(score.vector() + " (" + score.baseScore() + ", " + title(score) + ")");
    }

    private static String title(CvssScore score) {
        String s = score.severity().name();
        return s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT);
    }

    @Override
    public Optional<String> highestSeverity(List<Vulnerability> vulnerabilities) {
        return vulnerabilities.stream().flatMap(v -> java.util.stream.Stream.of(v.cvss31(), v.cvss40()))
                .filter(s -> !s.isBlank()).map(Cvss::parse).max(Comparator.comparing(CvssScore::severity)).map(CvssScores::title);
    }
}
