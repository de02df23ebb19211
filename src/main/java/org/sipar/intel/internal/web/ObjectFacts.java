package org.sipar.intel.internal.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What an object's page shows of the object itself, read from (the reader's share of) its JSON: the rendered
 * description and its references, names it goes by, labels, dates, ATT&CK platforms and domains, and for an
 * indicator its pattern and the observables the pattern names. Anything resolved through other objects
 * (author, contents, ends) is {@link ObjectLinks}' job, under the reader's view.
 */
public record ObjectFacts(String descriptionHtml, List<Descriptions.Reference> references, List<String> aliases,
                          List<String> labels, String confidence, String created, String modified, String validFrom,
                          String validUntil, List<Phase> phases, List<String> platforms, List<String> domains,
                          String pattern, String patternType, Observables observables, String relationshipType,
                          String startTime, String stopTime, String published, boolean revoked, boolean deprecated) {

    /** A kill-chain phase: the chain's name (such as {@code mitre-attack}) and the phase. */
    public record Phase(String chain, String phase) {
    }

    static ObjectFacts of(JsonNode o) {
        String pattern = text(o, "pattern");
        String patternType = text(o, "pattern_type");
        return new ObjectFacts(Descriptions.html(text(o, "description"), o.path("external_references")),
                Descriptions.references(o.path("external_references")), strings(o, "aliases", "x_mitre_aliases"),
                strings(o, "labels"), o.path("confidence").isNumber() ? o.path("confidence").asString() : null,
                text(o, "created"), text(o, "modified"), text(o, "valid_from"), text(o, "valid_until"), phases(o),
                strings(o, "x_mitre_platforms"), strings(o, "x_mitre_domains"), pattern, patternType,
                pattern == null ? null : Observables.of(pattern, patternType), text(o, "relationship_type"),
                text(o, "start_time"), text(o, "stop_time"), text(o, "published"), o.path("revoked").asBoolean(false),
                o.path("x_mitre_deprecated").asBoolean(false));
    }

    /** Whether the summary list (names, labels, dates ...) has anything beyond the dates every object has. */
    public boolean hasTerms() {
        return !aliases.isEmpty() || !labels.isEmpty() || confidence != null || !phases.isEmpty()
                || !platforms.isEmpty() || !domains.isEmpty();
    }

    private static String text(JsonNode o, String field) {
        JsonNode value = o.path(field);
        return value.isString() && !value.asString().isBlank() ? value.asString() : null;
    }

    /** The distinct strings of the array properties {@code fields}, in order (ATT&CK repeats its name among aliases). */
    private static List<String> strings(JsonNode o, String... fields) {
        Set<String> values = new LinkedHashSet<>();
        for (String field : fields) {
            o.path(field).forEach(v -> {
                if (v.isString() && !v.asString().isBlank()) {
                    values.add(v.asString());
                }
            });
        }
        return List.copyOf(values);
    }

    private static List<Phase> phases(JsonNode o) {
        List<Phase> phases = new ArrayList<>();
        o.path("kill_chain_phases").forEach(p -> phases.add(new Phase(p.path("kill_chain_name").asString(""),
                p.path("phase_name").asString(""))));
        return List.copyOf(phases);
    }
}
