package org.sipar.intel.internal.ingestion;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sipar.intel.pattern.PatternRejected;
import org.sipar.intel.pattern.StixPatterns;
import org.sipar.intel.stix.Finding;
import org.sipar.intel.stix.StixValidator;
import org.sipar.sharing.Tlp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Checks one object by the specification; returns the reasons to reject it (empty when it may be stored). */
final class ObjectChecks {

    private final StixValidator validator = new StixValidator();

    /** The reasons to reject the object, and the warnings it may be stored with, each as "property: message". */
    record Outcome(List<String> errors, List<String> warnings) {

        Outcome {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }
    }

    Outcome check(JsonNode object) {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Finding finding : validator.validate(object)) {
            (finding.severity() == Finding.Severity.ERROR ? errors : warnings).add(described(finding));
        }
        if ("indicator".equals(text(object, "type")) && "stix".equals(text(object, "pattern_type"))
                && object.path("pattern").isString()) { // a pattern of another JSON type is a finding already
            try {
                StixPatterns.parse(text(object, "pattern"));
            } catch (PatternRejected e) {
                errors.add(described(new Finding(Finding.Severity.ERROR, "pattern", e.getMessage())));
            }
        }
        searchTextTooLong(object).ifPresent(errors::add);
        if ("marking-definition".equals(text(object, "type"))) {
            tlpImpostor(object).ifPresent(errors::add);
        }
        return new Outcome(errors, warnings);
    }

    /**
     * The store indexes name, description and value as one PostgreSQL tsvector (V3__intel.sql), which may not
     * exceed 1048575 bytes: a longer one fails the insert of the whole batch. Below this many UTF-8 bytes no
     * text can come near it; above, the vector's size is estimated generously, leaving a margin to the maximum.
     */
    static final int SEARCH_TEXT_LIMIT = 1_000_000;
    private static final int ESTIMATE_ABOVE = SEARCH_TEXT_LIMIT / 12; // the estimate is under 12 bytes per byte

    private static Optional<String> searchTextTooLong(JsonNode object) {
        String text = Stream.of("name", "description", "value").map(object::get)
                .map(value -> value == null || value.isNull() ? "" : value.isString() ? value.stringValue() : value.toString())
                .collect(Collectors.joining(" "));
        long bytes = utf8Length(text);
        long vector = bytes <= ESTIMATE_ABOVE ? 0 : vectorEstimate(text);
        if (bytes <= SEARCH_TEXT_LIMIT && vector <= SEARCH_TEXT_LIMIT) {
            return Optional.empty();
        }
        return Optional.of("name, description, value: together " + bytes + " UTF-8 bytes"
                + (vector > SEARCH_TEXT_LIMIT ? ", about " + vector + " bytes as a search vector" : "")
                + ", over the limit of " + SEARCH_TEXT_LIMIT + " bytes (a PostgreSQL tsvector holds at most 1048575)");
    }

    /**
     * More than PostgreSQL's 'simple' configuration stores: every whitespace-separated chunk and every run of
     * letters and digits in it (its parser also indexes the parts of hyphenated words), each distinct one with
     * more than its 4-byte entry and 2-byte count, and 2 bytes per occurrence for its position.
     */
    private static long vectorEstimate(String text) {
        Set<String> lexemes = new HashSet<>();
        long occurrences = 0;
        for (String chunk : text.toLowerCase(Locale.ROOT).split("\\s+")) {
            List<String> parts = new ArrayList<>(List.of(chunk.split("[^\\p{L}\\p{N}]+")));
            parts.removeIf(part -> part.isEmpty() || part.equals(chunk));
            parts.add(chunk);
            occurrences += chunk.isEmpty() ? 0 : parts.size();
            lexemes.addAll(chunk.isEmpty() ? List.of() : parts);
        }
        return 8 + 2 * occurrences + lexemes.stream().mapToLong(lexeme -> utf8Length(lexeme) + 8).sum();
    }

    private static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3; // a pair is 4 bytes
        }
        return bytes;
    }

    /** The property's string value, empty when it is missing or of another JSON type. */
    private static String text(JsonNode object, String property) {
        JsonNode value = object.path(property);
        return value.isString() ? value.stringValue() : "";
    }

    private static String described(Finding finding) {
        return (finding.property().isEmpty() ? "" : finding.property() + ": ") + finding.message();
    }

    /** A TLP marking definition must be the published one: anything else under its id would change what TLP means. */
    private static Optional<String> tlpImpostor(JsonNode object) {
        String id = text(object, "id");
        return Tlp.ofMarking(id).filter(tlp -> !genuine(object, tlp, id)).map(tlp -> "id: " + id
                + " is the TLP:" + tlp.label() + " marking definition, and this object differs from the published one");
    }

    private static boolean genuine(JsonNode object, Tlp tlp, String id) {
        if (tlp.markingId().equals(id)) {
            return object.equals(JsonMapper.shared().readTree(tlp.markingDefinition()));
        }
        String level = tlp == Tlp.CLEAR ? "white" : tlp.label().toLowerCase(Locale.ROOT);
        return "tlp".equals(text(object, "definition_type")) && level.equals(text(object.path("definition"), "tlp"));
    }
}
