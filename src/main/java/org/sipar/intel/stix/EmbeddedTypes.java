package org.sipar.intel.stix;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The structured values that appear in many objects: external references (specification section 2.5), kill
 * chain phases (2.11), granular markings (7.2.3) and the extension_type of extensions (3.2).
 */
final class EmbeddedTypes {

    private static final Pattern CVE = Pattern.compile("CVE-\\d{4}-(0\\d{3}|[1-9]\\d{3,})");
    private static final Pattern CAPEC = Pattern.compile("CAPEC-\\d+");
    private static final Map<String, PropertyType> REFERENCE_TYPES = TypeRules.props(
            PropertyType.STRING, "description", "external_id", PropertyType.URL, "url", PropertyType.OBJECT, "hashes");

    private EmbeddedTypes() {
    }

    static void check(JsonNode object, Findings findings) {
        forEachObject(object, "external_references", findings, EmbeddedTypes::checkExternalReference);
        forEachObject(object, "kill_chain_phases", findings, EmbeddedTypes::checkKillChainPhase);
        forEachObject(object, "granular_markings", findings,
                (marking, path, found) -> checkGranularMarking(object, marking, path, found));
        JsonNode extensions = object.get("extensions");
        if (extensions != null && extensions.isObject()) {
            extensions.forEachEntry((name, extension) -> {
                if (extension.isObject() && extension.has("extension_type")) {
                    Vocabularies.checkValue(extension.get("extension_type"), "extensions." + name + ".extension_type",
                            VocabularyValues.EXTENSION_TYPE, findings);
                }
            });
        }
    }

    private interface ElementRule {
        void check(JsonNode element, String path, Findings findings);
    }

    private static void forEachObject(JsonNode object, String property, Findings findings, ElementRule rule) {
        JsonNode list = object.get(property);
        if (list == null) {
            return;
        }
        if (!list.isArray()) {
            findings.error(property, "must be a list");
            return;
        }
        List<JsonNode> elements = Nodes.elements(object, property);
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i).isObject()) {
                rule.check(elements.get(i), Nodes.at(property, i), findings);
            } else {
                findings.error(Nodes.at(property, i), "must be an object, not " + Nodes.show(elements.get(i)));
            }
        }
    }

    private static void checkExternalReference(JsonNode reference, String path, Findings findings) {
        requireString(reference, "source_name", path, findings);
        TypeRules.check(reference, path, REFERENCE_TYPES, findings);
        Hashes.check(reference, path, findings);
        if (!reference.has("description") && !reference.has("url") && !reference.has("external_id")) {
            findings.error(path, "needs at least one of description, url or external_id besides source_name");
        }
        String source = Nodes.string(reference, "source_name").orElse("");
        Pattern idForm = "cve".equals(source) ? CVE : "capec".equals(source) ? CAPEC : null;
        String externalId = Nodes.string(reference, "external_id").orElse(null);
        if (idForm != null && (externalId == null || !idForm.matcher(externalId).matches())) {
            findings.error(path + ".external_id", "a " + source + " reference needs an external_id like "
                    + ("cve".equals(source) ? "CVE-2016-1234" : "CAPEC-550") + ", not '" + externalId + "'");
        }
    }

    private static void checkKillChainPhase(JsonNode phase, String path, Findings findings) {
        requireString(phase, "kill_chain_name", path, findings);
        requireString(phase, "phase_name", path, findings);
    }

    private static void checkGranularMarking(JsonNode object, JsonNode marking, String path, Findings findings) {
        JsonNode selectors = marking.get("selectors");
        boolean usable = selectors != null && selectors.isArray() && !selectors.isEmpty()
                && selectors.valueStream().allMatch(selector -> selector.isString() && !selector.stringValue().isEmpty());
        if (!usable) {
            findings.error(path + ".selectors", "must be a non-empty list of non-empty selector strings");
        } else {
            selectors.valueStream().map(JsonNode::stringValue).filter(selector -> !selects(object, selector))
                    .forEach(selector -> findings.error(path + ".selectors",
                            "'" + selector + "' selects nothing present on the object"));
        }
        // "one and only one of these properties MUST be present on each instance of a granular marking"
        if (marking.has("marking_ref") == marking.has("lang")) {
            findings.error(path, "needs exactly one of marking_ref and lang");
        } else if (marking.has("marking_ref")) {
            References.checkOne(marking.get("marking_ref"), path + ".marking_ref",
                    Target.types("marking-definition"), findings);
        } else if (!marking.get("lang").isString() || !StixNames.isLanguageTag(marking.get("lang").stringValue())) {
            findings.error(path + ".lang", Nodes.show(marking.get("lang")) + " is not an RFC 5646 language tag");
        }
    }

    /** Walks a selector such as external_references.[0].source_name from the object; false when a step is absent. */
    private static boolean selects(JsonNode object, String selector) {
        JsonNode node = object;
        for (String step : selector.split("\\.", -1)) {
            boolean index = step.matches("\\[\\d{1,9}]");
            node = index && node.isArray() ? node.get(Integer.parseInt(step.substring(1, step.length() - 1)))
                    : !index && node.isObject() ? node.get(step) : null;
            if (node == null) {
                return false;
            }
        }
        return true;
    }

    private static void requireString(JsonNode element, String property, String path, Findings findings) {
        JsonNode value = element.get(property);
        if (value == null) {
            findings.error(path + "." + property, "is required");
        } else if (!value.isString() || value.stringValue().isEmpty()) {
            findings.error(path + "." + property, "must be a non-empty string, not " + Nodes.show(value));
        }
    }
}
