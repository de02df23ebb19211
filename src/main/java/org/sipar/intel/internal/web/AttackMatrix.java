package org.sipar.intel.internal.web;

import java.util.List;

/**
 * An ATT&CK matrix as the reader may see it: the tactics of one domain in the order its {@code x-mitre-matrix}
 * gives, each with its techniques (sub-techniques folded under their parent), and which of the chosen objects
 * use each. Built by {@link AttackMatrices}.
 *
 * @param domain        the ATT&CK domain ({@code enterprise-attack}, {@code mobile-attack}, {@code ics-attack}), or
 *                      empty when no matrix is stored and the columns come from the techniques' kill-chain phases
 * @param name          the matrix's own name, or empty
 * @param domains       the domains whose matrix the reader may see, to switch between
 * @param usedElsewhere techniques the chosen objects use that belong to other domains only
 */
public record AttackMatrix(String domain, String name, List<Column> columns, List<String> domains, int usedElsewhere) {

    /**
     * A tactic: its short name (the kill-chain phase name), its name as the data gives it, and whether the data
     * is MITRE's (then the page may show its translation, message {@code attack.tactic.<shortname>}).
     */
    public record Column(String shortname, String name, boolean mitre, List<Cell> techniques) {

        /** The message key of the translated tactic name. */
        public String key() {
            return "attack.tactic." + shortname;
        }

        /** The tactic's name in the page's language: the translation when the data is MITRE's and one exists, else the data's. */
        public String title(org.sipar.platform.Ui ui) {
            String translated = mitre ? ui.t(key()) : key();
            return translated.equals(key()) ? name : translated;
        }

        /** The data's own name when it differs from {@link #title}, to show beside the translation; else empty. */
        public String ownName(org.sipar.platform.Ui ui) {
            return name.equals(shortname) || name.equals(title(ui)) ? "" : name;
        }
    }

    /**
     * A technique: its id, name, ATT&CK id, page, the chosen objects using it, its sub-techniques, and whether it
     * is revoked or deprecated (then it is shown only when used, marked).
     */
    public record Cell(String id, String name, String externalId, String href, List<String> usedBy,
                       List<Cell> subtechniques, boolean retired) {

        /** Whether any chosen object uses this technique. */
        public boolean used() {
            return !usedBy.isEmpty();
        }

        /** Whether any chosen object uses one of its sub-techniques. */
        public boolean subUsed() {
            return subtechniques.stream().anyMatch(Cell::used);
        }

        /** How strongly to shade the cell, 1 to 4, as a share of the {@code chosen} objects that use it; 0 when unused. */
        public int heat(int chosen) {
            return usedBy.isEmpty() ? 0 : Math.max(1, Math.round(4f * usedBy.size() / Math.max(1, chosen)));
        }

        Cell withSubtechniques(List<Cell> subs) {
            return new Cell(id, name, externalId, href, usedBy, subs, retired);
        }
    }

    /** Whether no column holds a technique. */
    public boolean isEmpty() {
        return columns.stream().allMatch(c -> c.techniques().isEmpty());
    }

    /** How many techniques and sub-techniques the chosen objects use in this matrix. */
    public long usedCount() {
        return columns.stream().flatMap(c -> c.techniques().stream())
                .flatMap(t -> java.util.stream.Stream.concat(java.util.stream.Stream.of(t), t.subtechniques().stream()))
                .filter(Cell::used).map(Cell::id).distinct().count();
    }
}
