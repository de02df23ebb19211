package org.sipar.intel.stix;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The conditional rules of SDOs, SROs and meta objects that a list of required properties cannot express. */
final class DomainRules {

    // Section 7.2.1.4: "the only instances of TLP marking definitions permitted are those defined here".
    private static final Map<String, String> TLP_IDS = Map.of(
            "white", "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9",
            "green", "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da",
            "amber", "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82",
            "red", "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed");

    private DomainRules() {
    }

    static void check(JsonNode object, StixKind kind, Findings findings) {
        switch (kind.typeName()) {
            case "malware" -> checkMalware(object, findings);
            case "malware-analysis" -> requireOneOf(object, findings, "result", "analysis_sco_refs");
            case "location" -> checkLocation(object, findings);
            case "observed-data" -> checkObservedData(object, findings);
            case "sighting" -> Ranges.integer(object, "count", 0, 999_999_999, findings);
            case "relationship" -> Nodes.string(object, "relationship_type")
                    .filter(type -> !StixNames.isLowerHyphenated(type))
                    .ifPresent(type -> findings.error("relationship_type",
                            "'" + type + "' may only use a-z, 0-9 and hyphen"));
            case "marking-definition" -> checkMarkingDefinition(object, findings);
            case "extension-definition" -> checkExtensionDefinition(object, findings);
            default -> {
                // the other types have no conditional rules
            }
        }
    }

    private static void checkMalware(JsonNode object, Findings findings) {
        JsonNode isFamily = object.get("is_family");
        if (isFamily != null && !isFamily.isBoolean()) {
            findings.error("is_family", "must be a boolean, not " + Nodes.show(isFamily));
        } else if (isFamily != null && isFamily.booleanValue() && !object.has("name")) {
            findings.error("name", "is required on malware objects whose is_family is true");
        }
    }

    private static void checkLocation(JsonNode object, Findings findings) {
        boolean latitude = object.has("latitude");
        if (latitude != object.has("longitude")) {
            findings.error(latitude ? "longitude" : "latitude", "latitude and longitude must be given together");
        } else if (!latitude && object.has("precision")) {
            findings.error("precision", "needs latitude and longitude");
        }
        boolean coordinates = latitude && object.has("longitude");
        if (!coordinates && !object.has("region") && !object.has("country")) {
            findings.error("", "a location needs at least one of region, country, or latitude with longitude");
        }
        Ranges.number(object, "latitude", -90, 90, findings);
        Ranges.number(object, "longitude", -180, 180, findings);
    }

    private static void checkObservedData(JsonNode object, Findings findings) {
        if (object.has("objects") && object.has("object_refs")) {
            findings.error("objects", "must not be present when object_refs is (it is the deprecated form)");
        } else {
            requireOneOf(object, findings, "object_refs", "objects");
        }
        Ranges.integer(object, "number_observed", 1, 999_999_999, findings);
    }

    private static void checkMarkingDefinition(JsonNode object, Findings findings) {
        if (!object.has("extensions")) {
            requireAll(object, findings, "definition_type", "definition");
        }
        if (!"tlp".equals(Nodes.string(object, "definition_type").orElse(""))) {
            return;
        }
        String level = Nodes.string(object.path("definition"), "tlp").orElse("");
        String id = Nodes.string(object, "id").orElse("");
        if (!id.equals(TLP_IDS.get(level))) {
            findings.error("definition", "TLP marking definitions must be the four the specification defines;"
                    + " '" + level + "' with id '" + id + "' is not one of them");
        }
    }

    private static void checkExtensionDefinition(JsonNode object, Findings findings) {
        // Section 7.3.1: extension_properties "MUST only be used when ... toplevel-property-extension".
        boolean topLevel = Nodes.elements(object, "extension_types").stream()
                .anyMatch(type -> "toplevel-property-extension".equals(type.asString()));
        if (object.has("extension_properties") && !topLevel) {
            findings.error("extension_properties", "must only be used when extension_types includes"
                    + " toplevel-property-extension");
        }
    }

    static void requireOneOf(JsonNode object, Findings findings, String first, String second) {
        if (!object.has(first) && !object.has(second)) {
            findings.error(first, "is required when " + second + " is absent");
        }
    }

    private static void requireAll(JsonNode object, Findings findings, String... properties) {
        for (String property : properties) {
            if (!object.has(property)) {
                findings.error(property, "is required on marking definitions without extensions");
            }
        }
    }
}
