package org.sipar.advisory.internal.cvss;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sipar.advisory.internal.cvss.VectorGrammar.Metric;

/** The metrics of CVSS 3.0 and 3.1 (the same set) and of CVSS 4.0, as their specifications list them. */
final class VectorGrammars {

    private static final List<Metric> V3 = List.of(
            base("AV", "N A L P"), base("AC", "L H"), base("PR", "N L H"), base("UI", "N R"), base("S", "U C"),
            base("C", "H L N"), base("I", "H L N"), base("A", "H L N"),
            optional("E", "X U P F H"), optional("RL", "X O T W U"), optional("RC", "X U R C"),
            optional("CR", "X L M H"), optional("IR", "X L M H"), optional("AR", "X L M H"),
            optional("MAV", "X N A L P"), optional("MAC", "X L H"), optional("MPR", "X N L H"),
            optional("MUI", "X N R"), optional("MS", "X U C"),
            optional("MC", "X N L H"), optional("MI", "X N L H"), optional("MA", "X N L H"));

    static final VectorGrammar V3_0 = new VectorGrammar("CVSS:3.0/", V3);
    static final VectorGrammar V3_1 = new VectorGrammar("CVSS:3.1/", V3);

    static final VectorGrammar V4_0 = new VectorGrammar("CVSS:4.0/", concat(List.of(
            base("AV", "N A L P"), base("AC", "L H"), base("AT", "N P"), base("PR", "N L H"), base("UI", "N P A"),
            base("VC", "H L N"), base("VI", "H L N"), base("VA", "H L N"),
            base("SC", "H L N"), base("SI", "H L N"), base("SA", "H L N"),
            optional("E", "X A P U"),
            optional("CR", "X H M L"), optional("IR", "X H M L"), optional("AR", "X H M L"),
            optional("MAV", "X N A L P"), optional("MAC", "X L H"), optional("MAT", "X N P"),
            optional("MPR", "X N L H"), optional("MUI", "X N P A"),
            optional("MVC", "X H L N"), optional("MVI", "X H L N"), optional("MVA", "X H L N"),
            optional("MSC", "X H L N"), optional("MSI", "X S H L N"), optional("MSA", "X S H L N")), List.of(
            optional("S", "X N P"), optional("AU", "X N Y"), optional("R", "X A U I"), optional("V", "X D C"),
            optional("RE", "X L M H"), optional("U", "X Clear Green Amber Red"))));

    static final List<VectorGrammar> ALL = List.of(V3_0, V3_1, V4_0);

    private VectorGrammars() {
    }

    private static Metric base(String key, String values) {
        return new Metric(key, List.of(values.split(" ")), true);
    }

    private static Metric optional(String key, String values) {
        return new Metric(key, List.of(values.split(" ")), false);
    }

    @SafeVarargs
    private static List<Metric> concat(List<Metric>... parts) {
        List<Metric> all = new ArrayList<>();
        Arrays.stream(parts).forEach(all::addAll);
        return List.copyOf(all);
    }
}
