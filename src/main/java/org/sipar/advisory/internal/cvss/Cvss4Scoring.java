package org.sipar.advisory.internal.cvss;

import static org.sipar.advisory.internal.cvss.Cvss4Tables.MACROVECTOR_SCORES;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The CVSS 4.0 score of a vector (CVSS-B, -BT, -BE or -BTE after the metrics it gives) as section 8 of FIRST's
 * specification computes it: the score of the vector's macrovector, lowered by the mean of the proportional
 * distances to the next lower macrovector of each EQ. The arithmetic follows FIRST's reference calculator step by
 * step, in doubles and in the same order, and rounds as it does, so that scores near a rounding boundary agree.
 */
final class Cvss4Scoring {

    private static final List<String> IMPACTS = List.of("VC", "VI", "VA", "SC", "SI", "SA");
    private static final Map<String, String> WORST_CASE_WHEN_UNDEFINED =
            Map.of("E", "A", "CR", "H", "IR", "H", "AR", "H");
    private static final double STEP = 0.1;
    private static final double ROUNDING_LIFT = 1e-6;

    private Cvss4Scoring() {
    }

    /** The score, rounded half up to one decimal, of the metrics given (without "X" values). */
    static BigDecimal score(Map<String, String> given) {
        Map<String, String> effective = effective(given);
        if (IMPACTS.stream().allMatch(metric -> "N".equals(effective.get(metric)))) {
            return BigDecimal.ZERO.setScale(1);
        }
        Macrovector macro = Macrovector.of(effective);
        double value = MACROVECTOR_SCORES.get(macro.key());
        Map<String, Double> distances = distancesToHighest(macro, effective);
        double[] severityDistances = {
                distances.get("AV") + distances.get("PR") + distances.get("UI"),
                distances.get("AC") + distances.get("AT"),
                distances.get("VC") + distances.get("VI") + distances.get("VA")
                        + distances.get("CR") + distances.get("IR") + distances.get("AR"),
                distances.get("SC") + distances.get("SI") + distances.get("SA"),
                0};
        double[] lowerScores = macro.nextLowerScores();
        double[] depths = macro.depths();
        double sum = 0;
        int existingLower = 0;
        for (int eq = 0; eq < lowerScores.length; eq++) {
            double available = value - lowerScores[eq];
            if (!Double.isNaN(available)) {
                existingLower++;
                sum += eq == 4 ? 0 : available * (severityDistances[eq] / (depths[eq] * STEP));
            }
        }
        double mean = existingLower == 0 ? 0 : sum / existingLower;
        return roundHalfUp(Math.max(0, Math.min(10, value - mean)));
    }

    /**
     * Half up to one decimal after lifting by 10^-6, as FIRST's calculator has done since its rounding fix of
     * November 2024: a score meant to be x.x5 that the doubles put a hair below it still rounds up.
     */
    private static BigDecimal roundHalfUp(double score) {
        return new BigDecimal(score + ROUNDING_LIFT).setScale(1, RoundingMode.HALF_UP);
    }

    /** Every metric the score reads, with modified metrics in place of the base ones and worst cases for X. */
    private static Map<String, String> effective(Map<String, String> given) {
        Map<String, String> effective = new HashMap<>();
        for (String metric : List.of("AV", "AC", "AT", "PR", "UI", "VC", "VI", "VA", "SC", "SI", "SA",
                "E", "CR", "IR", "AR", "MSI", "MSA")) {
            String value = given.getOrDefault(metric, "X");
            String modified = given.getOrDefault("M" + metric, "X");
            effective.put(metric, "X".equals(value) && WORST_CASE_WHEN_UNDEFINED.containsKey(metric)
                    ? WORST_CASE_WHEN_UNDEFINED.get(metric) : "X".equals(modified) ? value : modified);
        }
        return effective;
    }

    /** The distances to the first highest-severity vector of the macrovector that is no less severe everywhere. */
    private static Map<String, Double> distancesToHighest(Macrovector macro, Map<String, String> effective) {
        Map<String, Double> distances = Map.of();
        for (Map<String, String> highest : macro.highestSeverityVectors()) {
            distances = new HashMap<>();
            for (var metric : Cvss4Tables.LEVELS.entrySet()) {
                distances.put(metric.getKey(), metric.getValue().get(effective.get(metric.getKey()))
                        - metric.getValue().get(highest.get(metric.getKey())));
            }
            if (distances.values().stream().allMatch(distance -> distance >= 0)) {
                break;
            }
        }
        return distances;
    }
}
