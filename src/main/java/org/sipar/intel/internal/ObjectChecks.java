package org.sipar.intel.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sipar.intel.Tlp;
import org.sipar.intel.pattern.PatternRejected;
import org.sipar.intel.pattern.StixPatterns;
import org.sipar.intel.stix.Finding;
import org.sipar.intel.stix.StixValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Checks one object by the specification; returns the reasons to reject it (empty when it may be stored). */
final class ObjectChecks {

    private final StixValidator validator = new StixValidator();

    record Outcome(List<String> errors, List<String> warnings) {
    }

    Outcome check(JsonNode object) {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Finding finding : validator.validate(object)) {
            if (finding.severity() == Finding.Severity.ERROR) {
                errors.add((finding.property().isEmpty() ? "" : finding.property() + ": ") + finding.message());
            } else {
                warnings.add((finding.property().isEmpty() ? "" : finding.property() + ": ") + finding.message());
            }
        }
        if ("indicator".equals(object.path("type").asString()) && "stix".equals(object.path("pattern_type").asString())) {
            try {
                StixPatterns.parse(object.path("pattern").asString());
            } catch (PatternRejected e) {
                errors.add("pattern: " + e.getMessage());
            }
        }
        if ("marking-definition".equals(object.path("type").asString())) {
            tlpImpostor(object).ifPresent(errors::add);
        }
        return new Outcome(errors, warnings);
    }

    /** A TLP marking definition must be the published one: anything else under its id would change what TLP means. */
    private static java.util.Optional<String> tlpImpostor(JsonNode object) {
        String id = object.path("id").asString("");
        return Tlp.ofMarking(id).filter(tlp -> !genuine(object, tlp, id)).map(tlp -> "id: " + id
                + " is the TLP:" + tlp.label() + " marking definition, and this object differs from the published one");
    }

    private static boolean genuine(JsonNode object, Tlp tlp, String id) {
        if (tlp.markingId().equals(id)) {
            return object.equals(JsonMapper.shared().readTree(tlp.markingDefinition()));
        }
        String level = tlp == Tlp.CLEAR ? "white" : tlp.label().toLowerCase(Locale.ROOT);
        return "tlp".equals(object.path("definition_type").asString())
                && level.equals(object.path("definition").path("tlp").asString());
    }
}
