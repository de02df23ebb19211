package org.sipar.intel.stix;

import tools.jackson.databind.JsonNode;

/** Numeric properties with bounds, such as confidence, number_observed or a port. */
final class Ranges {

    private Ranges() {
    }

    /** An integer property, when present, must lie in [min, max]. */
    static void integer(JsonNode object, String property, long min, long max, Findings findings) {
        JsonNode value = object.get(property);
        if (value != null && !(value.isIntegralNumber() && value.canConvertToLong()
                && value.longValue() >= min && value.longValue() <= max)) {
            findings.error(property, "must be an integer from " + min + " to " + max + ", not " + Nodes.show(value));
        }
    }

    /** A number property, when present, must lie in [min, max]. */
    static void number(JsonNode object, String property, long min, long max, Findings findings) {
        JsonNode value = object.get(property);
        if (value != null && !(value.isNumber() && Nodes.asDouble(value) >= min && Nodes.asDouble(value) <= max)) {
            findings.error(property, "must be a number from " + min + " to " + max + ", not " + Nodes.show(value));
        }
    }
}
