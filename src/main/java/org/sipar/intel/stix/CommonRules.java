package org.sipar.intel.stix;

import tools.jackson.databind.JsonNode;

/** The common properties of specification section 3.2 and the naming rules of section 3.1, for every object. */
final class CommonRules {

    private CommonRules() {
    }

    static void check(JsonNode object, StixKind kind, Findings findings) {
        checkId(object, kind, findings);
        checkSpecVersion(object, kind, findings);
        checkShape(object, kind, findings);
        Ranges.integer(object, "confidence", 0, 100, findings);
        if (object.has("revoked") && !object.get("revoked").isBoolean()) {
            findings.error("revoked", "must be a boolean, not " + Nodes.show(object.get("revoked")));
        }
        JsonNode labels = object.path("labels");
        if (object.has("labels") && !(labels.isArray() && labels.valueStream().allMatch(JsonNode::isString))) {
            findings.error("labels", "must be a list of strings, not " + Nodes.show(labels));
        }
        Nodes.string(object, "lang").filter(lang -> !StixNames.isLanguageTag(lang)).ifPresent(lang ->
                findings.error("lang", "'" + lang + "' is not an RFC 5646 language tag"));
    }

    private static void checkId(JsonNode object, StixKind kind, Findings findings) {
        JsonNode id = object.get("id");
        if (id == null) {
            return; // reported as a missing required property
        }
        StixId parsed = id.isString() ? StixId.parse(id.stringValue()).orElse(null) : null;
        if (parsed == null) {
            findings.error("id", Nodes.show(id) + " is not an identifier of the form type--UUID");
        } else if (!parsed.type().equals(kind.typeName())) {
            findings.error("id", "prefix '" + parsed.type() + "' differs from the object's type '" + kind.typeName() + "'");
        } else if (!parsed.isRfc4122Variant()) {
            findings.error("id", "UUID '" + parsed.uuid() + "' is not an RFC 4122 UUID: its variant bits are not 10");
        } else if (!parsed.isRfc4122()) {
            findings.error("id", "UUID '" + parsed.uuid() + "' has version " + parsed.version()
                    + ", which RFC 4122 does not define");
        }
    }

    private static void checkSpecVersion(JsonNode object, StixKind kind, Findings findings) {
        JsonNode version = object.get("spec_version");
        if (version != null && !(version.isString() && "2.1".equals(version.stringValue()))) {
            findings.error("spec_version", "must be '2.1' for STIX 2.1 " + kind.typeName() + " objects, not "
                    + Nodes.show(version) + (kind instanceof StixKind.Sco ? "" : "; upgrade 2.0 content first"));
        }
    }

    /** Property names, empty lists and defanged, which only SCOs may carry. */
    private static void checkShape(JsonNode object, StixKind kind, Findings findings) {
        for (String property : object.propertyNames()) {
            if (!StixNames.isPropertyName(property)) {
                findings.error(property, "property names are 3-250 characters of a-z, 0-9 and underscore,"
                        + " starting with a letter");
            }
            JsonNode value = object.get(property);
            if (value.isArray() && value.isEmpty()) {
                findings.error(property, "lists must not be empty; omit the property instead");
            }
        }
        boolean scoLike = kind instanceof StixKind.Sco || kind instanceof StixKind.Custom;
        if (object.has("defanged") && !scoLike) {
            findings.error("defanged", "must not be used on " + kind.typeName() + " objects, only on SCOs");
        }
    }
}
