package org.sipar.intel.internal.web;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An ATT&CK Navigator layer (layer file format 4.5) of a matrix: one entry per used technique and tactic, scored
 * by how many of the chosen objects use it and coloured as the page shades it, with their names as the comment.
 */
final class NavigatorLayer {

    static final String FORMAT = "4.5";
    /** The oldest Navigator that reads format 4.5, as the format requires. */
    static final String NAVIGATOR = "4.9.0";
    static final String[] HEAT = {"#ffffff", "#fdf1dc", "#fbd9a3", "#f7b267", "#f08a3c"};

    private NavigatorLayer() {
    }

    static ObjectNode of(JsonMapper json, AttackMatrix matrix, List<String> chosen) {
        ObjectNode layer = json.createObjectNode();
        String names = String.join(", ", chosen);
        layer.put("name", "Sipar: " + (names.length() > 200 ? names.substring(0, 200) + "…" : names));
        layer.putObject("versions").put("navigator", NAVIGATOR).put("layer", FORMAT);
        layer.put("domain", matrix.domain().isEmpty() ? "enterprise-attack" : matrix.domain());
        layer.put("description", "Techniques used by " + names + ", exported from Sipar");
        layer.put("sorting", 0);
        layer.putObject("layout").put("layout", "side").put("showID", true).put("showName", true)
                .put("expandedSubtechniques", "annotated");
        layer.put("hideDisabled", false);
        ArrayNode techniques = layer.putArray("techniques");
        for (AttackMatrix.Column column : matrix.columns()) {
            for (AttackMatrix.Cell cell : column.techniques()) {
                add(techniques, column, cell, chosen.size(), cell.subUsed());
                cell.subtechniques().forEach(sub -> add(techniques, column, sub, chosen.size(), false));
            }
        }
        layer.putObject("gradient").put("minValue", 0).put("maxValue", Math.max(1, chosen.size()))
                .putArray("colors").add(HEAT[1]).add(HEAT[4]);
        layer.putArray("legendItems").addObject().put("label", "Used by all chosen").put("color", HEAT[4]);
        return layer;
    }

    private static void add(ArrayNode techniques, AttackMatrix.Column column, AttackMatrix.Cell cell, int chosen, boolean showSubs) {
        if (cell.externalId().isEmpty() || !cell.used() && !showSubs) {
            return;
        }
        ObjectNode t = techniques.addObject().put("techniqueID", cell.externalId()).put("tactic", column.shortname());
        if (cell.used()) {
            t.put("score", cell.usedBy().size()).put("color", HEAT[cell.heat(chosen)])
                    .put("comment", "Used by " + String.join(", ", cell.usedBy()));
        }
        t.put("enabled", true).put("showSubtechniques", showSubs);
    }
}
