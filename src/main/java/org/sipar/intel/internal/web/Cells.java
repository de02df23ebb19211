package org.sipar.intel.internal.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The cells of one tactic: techniques by name, each sub-technique folded under its parent (T1059.001 under T1059). */
final class Cells {

    private Cells() {
    }

    static List<AttackMatrix.Cell> folded(List<JsonNode> techniques, Map<String, List<String>> usedBy) {
        Map<String, AttackMatrix.Cell> parents = new LinkedHashMap<>();
        Map<String, List<AttackMatrix.Cell>> subs = new LinkedHashMap<>();
        List<AttackMatrix.Cell> orphans = new ArrayList<>();
        for (JsonNode t : techniques) {
            AttackMatrix.Cell cell = cell(t, usedBy);
            int dot = cell.externalId().indexOf('.');
            if (t.path("x_mitre_is_subtechnique").asBoolean(false) && dot > 0) {
                subs.computeIfAbsent(cell.externalId().substring(0, dot), k -> new ArrayList<>()).add(cell);
            } else {
                parents.putIfAbsent(cell.externalId().isEmpty() ? cell.id() : cell.externalId(), cell);
            }
        }
        List<AttackMatrix.Cell> cells = new ArrayList<>();
        parents.forEach((key, parent) -> cells.add(parent.withSubtechniques(sorted(subs.getOrDefault(key, List.of())))));
        // A sub-technique whose parent the reader may not see (or that is not stored) stands on its own.
        subs.forEach((key, list) -> {
            if (!parents.containsKey(key)) {
                orphans.addAll(list);
            }
        });
        cells.addAll(orphans);
        return sorted(cells);
    }

    static AttackMatrix.Cell cell(JsonNode technique, Map<String, List<String>> usedBy) {
        String id = technique.path("id").asString();
        return new AttackMatrix.Cell(id, technique.path("name").asString(id), externalId(technique), "/intel/objects/" + id,
                List.copyOf(usedBy.getOrDefault(id, List.of())), List.of(), AttackMatrices.retired(technique));
    }

    /** Techniques by name, as ATT&CK's own matrices and the Navigator sort them. */
    private static List<AttackMatrix.Cell> sorted(List<AttackMatrix.Cell> cells) {
        return cells.stream().sorted(Comparator.comparing(AttackMatrix.Cell::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(AttackMatrix.Cell::externalId)).toList();
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
