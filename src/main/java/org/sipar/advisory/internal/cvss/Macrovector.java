package org.sipar.advisory.internal.cvss;

import static org.sipar.advisory.internal.cvss.Cvss4Tables.MACROVECTOR_SCORES;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The levels of the six equivalence sets (EQ1..EQ6) of a CVSS 4.0 vector, per section 8.1 of the specification. */
record Macrovector(int eq1, int eq2, int eq3, int eq4, int eq5, int eq6) {

    /** The macrovector of effective metric values (modified metrics applied, worst cases for X). */
    static Macrovector of(Map<String, String> m) {
        boolean avN = is(m, "AV", "N");
        boolean prN = is(m, "PR", "N");
        boolean uiN = is(m, "UI", "N");
        int eq1 = avN && prN && uiN ? 0 : (avN || prN || uiN) && !is(m, "AV", "P") ? 1 : 2;
        int eq2 = is(m, "AC", "L") && is(m, "AT", "N") ? 0 : 1;
        boolean vcH = is(m, "VC", "H");
        boolean viH = is(m, "VI", "H");
        int eq3 = vcH && viH ? 0 : vcH || viH || is(m, "VA", "H") ? 1 : 2;
        boolean safety = is(m, "MSI", "S") || is(m, "MSA", "S");
        int eq4 = safety ? 0 : is(m, "SC", "H") || is(m, "SI", "H") || is(m, "SA", "H") ? 1 : 2;
        int eq5 = switch (m.get("E")) {
            case "A" -> 0;
            case "P" -> 1;
            default -> 2;
        };
        boolean eq6High = is(m, "CR", "H") && vcH || is(m, "IR", "H") && viH || is(m, "AR", "H") && is(m, "VA", "H");
        return new Macrovector(eq1, eq2, eq3, eq4, eq5, eq6High ? 0 : 1);
    }

    String key() {
        return "" + eq1 + eq2 + eq3 + eq4 + eq5 + eq6;
    }

    /** The scores of the next lower macrovector for EQ1, EQ2, EQ3+EQ6, EQ4, EQ5; NaN where there is none. */
    double[] nextLowerScores() {
        double eq3eq6 = eq3 == 0 && eq6 == 0
                ? Math.max(score(eq1, eq2, eq3, eq4, eq5, eq6 + 1), score(eq1, eq2, eq3 + 1, eq4, eq5, eq6))
                : eq3 == 1 && eq6 == 0 ? score(eq1, eq2, eq3, eq4, eq5, eq6 + 1)
                : eq3 == 2 ? Double.NaN : score(eq1, eq2, eq3 + 1, eq4, eq5, eq6);
        return new double[] {score(eq1 + 1, eq2, eq3, eq4, eq5, eq6), score(eq1, eq2 + 1, eq3, eq4, eq5, eq6), eq3eq6,
                score(eq1, eq2, eq3, eq4 + 1, eq5, eq6), score(eq1, eq2, eq3, eq4, eq5 + 1, eq6)};
    }

    /** The depth of this macrovector's level for EQ1, EQ2, EQ3+EQ6, EQ4 (EQ5's distance is always 0). */
    double[] depths() {
        return new double[] {Cvss4Tables.DEPTH.get(0).get(eq1), Cvss4Tables.DEPTH.get(1).get(eq2),
                Cvss4Tables.DEPTH_EQ3_EQ6.get("" + eq3 + eq6), Cvss4Tables.DEPTH.get(2).get(eq4), 1};
    }

    /** Every combination of the highest-severity vectors of each EQ level, in the reference calculator's order. */
    List<Map<String, String>> highestSeverityVectors() {
        List<String> combined = List.of("");
        combined = combine(combined, Cvss4Tables.HIGHEST.get(0).get(eq1));
        combined = combine(combined, Cvss4Tables.HIGHEST.get(1).get(eq2));
        combined = combine(combined, Cvss4Tables.HIGHEST_EQ3_EQ6.get("" + eq3 + eq6));
        combined = combine(combined, Cvss4Tables.HIGHEST.get(2).get(eq4));
        combined = combine(combined, Cvss4Tables.HIGHEST.get(3).get(eq5));
        return combined.stream().map(Macrovector::metrics).toList();
    }

    private static List<String> combine(List<String> prefixes, List<String> parts) {
        List<String> combined = new ArrayList<>();
        prefixes.forEach(prefix -> parts.forEach(part -> combined.add(prefix + part + "/")));
        return combined;
    }

    private static Map<String, String> metrics(String vector) {
        Map<String, String> metrics = new HashMap<>();
        for (String part : vector.split("/")) {
            metrics.put(part.substring(0, part.indexOf(':')), part.substring(part.indexOf(':') + 1));
        }
        return metrics;
    }

    private static double score(int... levels) {
        StringBuilder key = new StringBuilder();
        for (int level : levels) {
            key.append(level);
        }
        return MACROVECTOR_SCORES.getOrDefault(key.toString(), Double.NaN);
    }

    private static boolean is(Map<String, String> metrics, String metric, String value) {
        return value.equals(metrics.get(metric));
    }
}
