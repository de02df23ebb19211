package org.sipar.intel.internal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Columns for techniques when no {@code x-mitre-matrix} of theirs is stored: one per kill-chain phase, in the
 * order ATT&CK lists its tactics when the phase is one of them, named by the phase itself.
 */
final class KillChainColumns {

    private static final List<String> ORDER = List.of("reconnaissance", "resource-development", "initial-access",
            "execution", "persistence", "privilege-escalation", "defense-evasion", "credential-access", "discovery",
            "lateral-movement", "collection", "command-and-control", "exfiltration", "impact",
            "evasion", "inhibit-response-function", "impair-process-control");

    private KillChainColumns() {
    }

    static List<AttackMatrix.Column> of(List<JsonNode> techniques, Map<String, List<String>> usedBy) {
        Map<String, List<JsonNode>> byPhase = new TreeMap<>((a, b) -> rank(a) != rank(b) ? rank(a) - rank(b) : a.compareTo(b));
        for (JsonNode technique : techniques) {
            for (JsonNode phase : technique.path("kill_chain_phases")) {
                byPhase.computeIfAbsent(phase.path("phase_name").asString(), k -> new ArrayList<>()).add(technique);
            }
        }
        List<AttackMatrix.Column> columns = new ArrayList<>();
        new LinkedHashMap<>(byPhase).forEach((phase, of) -> columns.add(new AttackMatrix.Column(phase, phase,
                ORDER.contains(phase), Cells.folded(of, usedBy))));
        return columns;
    }

    private static int rank(String tactic) {
        int i = ORDER.indexOf(tactic);
        return i < 0 ? ORDER.size() : i;
    }
}
