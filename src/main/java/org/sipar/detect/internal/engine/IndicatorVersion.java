package org.sipar.detect.internal.engine;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.sipar.intel.StoredObject;
import org.sipar.intel.pattern.ObservationExpression;
import org.sipar.intel.pattern.PatternRejected;
import org.sipar.intel.pattern.StixPatterns;
import tools.jackson.databind.JsonNode;

/**
 * What matching needs of one version of an indicator held by one organisation: its STIX pattern (null when the
 * indicator uses another pattern language, such as Sigma or YARA, which this module does not match), when it is
 * valid, its confidence and labels, and whether it revokes the indicator.
 *
 * @param confidence 0 to 100, or -1 when the indicator gives none
 * @param validUntil null when the indicator gives no end
 */
record IndicatorVersion(String id, UUID publisher, Instant modified, ObservationExpression pattern, Instant validFrom,
                        Instant validUntil, int confidence, List<String> labels, boolean revoked) {

    IndicatorVersion {
        labels = List.copyOf(labels);
    }

    /** The version {@code stored} of the copy of {@code publisher}; its pattern is null when unreadable or not STIX. */
    static IndicatorVersion of(StoredObject stored, UUID publisher) {
        JsonNode o = stored.content();
        List<String> labels = new ArrayList<>();
        o.path("labels").forEach(l -> labels.add(l.asString("")));
        return new IndicatorVersion(stored.id(), publisher, instant(o.path("modified").asString(""), Instant.EPOCH),
                pattern(o), instant(o.path("valid_from").asString(""), Instant.EPOCH),
                instant(o.path("valid_until").asString(""), null), o.path("confidence").asInt(-1), labels,
                stored.revoked());
    }

    private static ObservationExpression pattern(JsonNode o) {
        if (!"stix".equals(o.path("pattern_type").asString("stix"))) {
            return null;
        }
        try {
            return StixPatterns.parse(o.path("pattern").asString(""));
        } catch (PatternRejected e) {
            return null; // stored by an older validation, or another version of the language: left unmatched
        }
    }

    private static Instant instant(String text, Instant otherwise) {
        try {
            return text.isEmpty() ? otherwise : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }
}
