package org.sipar.advisory.internal.cvss;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A CVSS 4.0 vector with its score. The score takes every metric given into account, as FIRST's calculator does:
 * {@link #nomenclature()} says which kind it is (CVSS-B with base metrics only, CVSS-BT with threat metrics,
 * CVSS-BE with environmental ones, CVSS-BTE with both). Supplemental metrics are kept and do not change the score.
 */
public record Cvss40(String vector, BigDecimal baseScore, CvssSeverity severity, Map<String, String> metrics)
        implements CvssScore {

    private static final Set<String> ENVIRONMENTAL = Set.of("CR", "IR", "AR", "MAV", "MAC", "MAT", "MPR", "MUI",
            "MVC", "MVI", "MVA", "MSC", "MSI", "MSA");

    public Cvss40 {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    @Override
    public String version() {
        return "4.0";
    }

    /** "CVSS-B", "CVSS-BT", "CVSS-BE" or "CVSS-BTE" (section 1.3 of the specification). */
    public String nomenclature() {
        boolean threat = metrics.containsKey("E");
        boolean environmental = metrics.keySet().stream().anyMatch(ENVIRONMENTAL::contains);
        return "CVSS-B" + (threat ? "T" : "") + (environmental ? "E" : "");
    }
}
