package org.sipar.intel.internal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * The ATT&CK-style matrix of a set of techniques: one column per tactic (kill-chain phase), the techniques
 * of that tactic in it, in the order ATT&CK lists its tactics when the phase is one of them.
 */
public record AttackMatrix(List<Column> columns) {

    private static final List<String> ORDER = List.of("reconnaissance", "resource-development", "initial-access",
            "execution", "persistence", "privilege-escalation", "defense-evasion", "credential-access", "discovery",
            "lateral-movement", "collection", "command-and-control", "exfiltration", "impact",
            "evasion", "inhibit-response-function", "impair-process-control");

    /** A tactic and its techniques. */
    public record Column(String tactic, List<Cell> techniques) {
    }

    /**
     * A technique: its name, ATT&CK id if any, its page, and which of the chosen objects use it.
     */
    public record Cell(String name, String externalId, String href, List<String> usedBy) {

        /** How strongly to shade the cell, 0 to 4, as a share of the {@code chosen} objects that use it. */
        public int heat(int chosen) {
            return chosen <= 1 ? 0 : Math.round(4f * usedBy.size() / chosen);
        }
    }

    static AttackMatrix of(List<JsonNode> attackPatterns) {
        return of(attackPatterns, Map.of());
    }

    /** The matrix of {@code attackPatterns}, each cell naming the objects of {@code usedBy} (by technique id). */
    static AttackMatrix of(List<JsonNode> attackPatterns, Map<String, List<String>> usedBy) {
        Map<String, List<Cell>> byTactic = new TreeMap<>((a, b) -> rank(a) != rank(b) ? rank(a) - rank(b) : a.compareTo(b));
        for (JsonNode technique : attackPatterns) {
            String id = technique.path("id").asString();
            Cell cell = new Cell(technique.path("name").asString(), externalId(technique), "/intel/objects/" + id,
                    List.copyOf(usedBy.getOrDefault(id, List.of())));
            for (JsonNode phase : technique.path("kill_chain_phases")) {
                byTactic.computeIfAbsent(phase.path("phase_name").asString(), k -> new ArrayList<>()).add(cell);
            }
        }
        Map<String, List<Cell>> ordered = new LinkedHashMap<>(byTactic);
        return new AttackMatrix(ordered.entrySet().stream().map(e -> new Column(e.getKey(), List.copyOf(e.getValue()))).toList());
    }

    private static int rank(String tactic) {
        int i = ORDER.indexOf(tactic);
        return i < 0 ? ORDER.size() : i;
    }

    private static String externalId(JsonNode technique) {
        for (JsonNode ref : technique.path("external_references")) {
            if (ref.path("source_name").asString("").startsWith("mitre-")) {
                return ref.path("external_id").asString("");
            }
        }
        return "";
    }
}
