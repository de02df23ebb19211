package org.sipar.intel.internal;

import java.util.ArrayList;
import java.util.List;
import org.sipar.intel.pattern.PatternRejected;
import org.sipar.intel.pattern.StixPatterns;
import org.sipar.intel.stix.Finding;
import org.sipar.intel.stix.StixValidator;
import tools.jackson.databind.JsonNode;

/** Checks one object by the specification; returns the reasons to reject it (empty when it may be stored). */
final class ObjectChecks {

    private final StixValidator validator = new StixValidator();

    record Outcome(List<String> errors, int warnings) {
    }

    Outcome check(JsonNode object) {
        List<String> errors = new ArrayList<>();
        int warnings = 0;
        for (Finding finding : validator.validate(object)) {
            if (finding.severity() == Finding.Severity.ERROR) {
                errors.add((finding.property().isEmpty() ? "" : finding.property() + ": ") + finding.message());
            } else {
                warnings++;
            }
        }
        if ("indicator".equals(object.path("type").asString()) && "stix".equals(object.path("pattern_type").asString())) {
            try {
                StixPatterns.parse(object.path("pattern").asString());
            } catch (PatternRejected e) {
                errors.add("pattern: " + e.getMessage());
            }
        }
        return new Outcome(errors, warnings);
    }
}
