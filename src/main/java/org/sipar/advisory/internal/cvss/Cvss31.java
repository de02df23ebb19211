package org.sipar.advisory.internal.cvss;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CVSS 3.1 vector (or 3.0: {@link #version()} says which) with its base score. Temporal and environmental metrics
 * are kept in the vector; the score is the base score, the one CSAF documents and the severity use.
 */
public record Cvss31(String version, String vector, BigDecimal baseScore, CvssSeverity severity,
        Map<String, String> metrics) implements CvssScore {

    /** A base metric as FIRST's cvss-v3.x JSON schema names it and its values. */
    private record SchemaMetric(String key, String property, Map<String, String> names) {
    }

    private static final Map<String, String> IMPACT = Map.of("H", "HIGH", "L", "LOW", "N", "NONE");
    private static final List<SchemaMetric> SCHEMA_METRICS = List.of(
            new SchemaMetric("AV", "attackVector", Map.of("N", "NETWORK", "A", "ADJACENT_NETWORK", "L", "LOCAL",
                    "P", "PHYSICAL")),
            new SchemaMetric("AC", "attackComplexity", Map.of("L", "LOW", "H", "HIGH")),
            new SchemaMetric("PR", "privilegesRequired", Map.of("N", "NONE", "L", "LOW", "H", "HIGH")),
            new SchemaMetric("UI", "userInteraction", Map.of("N", "NONE", "R", "REQUIRED")),
            new SchemaMetric("S", "scope", Map.of("U", "UNCHANGED", "C", "CHANGED")),
            new SchemaMetric("C", "confidentialityImpact", IMPACT),
            new SchemaMetric("I", "integrityImpact", IMPACT),
            new SchemaMetric("A", "availabilityImpact", IMPACT));

    public Cvss31 {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /**
     * The {@code scores[].cvss_v3} object of a CSAF 2.0 document as FIRST's cvss-v3.0/3.1 JSON schema wants it:
     * version, vectorString, baseScore, baseSeverity and every base metric, all agreeing with the vector (CSAF
     * tests 6.1.8 to 6.1.10). Temporal and environmental properties are left out (the schema does not require
     * them); the vector string still carries those metrics. Ready for Jackson.
     */
    public Map<String, Object> csafCvssV3() {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("version", version);
        object.put("vectorString", vector);
        SCHEMA_METRICS.forEach(metric -> object.put(metric.property(), metric.names().get(metrics.get(metric.key()))));
        object.put("baseScore", baseScore);
        object.put("baseSeverity", severity.name());
        return object;
    }
}
