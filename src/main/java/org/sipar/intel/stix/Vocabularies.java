package org.sipar.intel.stix;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Which properties draw on which vocabulary (specification section 10, STIX 2.1 Errata 01 values included):
 * a value outside an open vocabulary is a warning, outside a closed enumeration an error.
 */
final class Vocabularies {

    private static final Map<String, Map<String, Vocabulary>> BY_TYPE = Map.ofEntries(
            entry("grouping", Map.of("context", VocabularyValues.GROUPING_CONTEXT)),
            entry("identity", Map.of("identity_class", VocabularyValues.IDENTITY_CLASS,
                    "sectors", VocabularyValues.INDUSTRY_SECTOR)),
            entry("indicator", Map.of("indicator_types", VocabularyValues.INDICATOR_TYPE,
                    "pattern_type", VocabularyValues.PATTERN_TYPE)),
            entry("infrastructure", Map.of("infrastructure_types", VocabularyValues.INFRASTRUCTURE_TYPE)),
            entry("intrusion-set", Map.of("resource_level", VocabularyValues.ATTACK_RESOURCE_LEVEL,
                    "primary_motivation", VocabularyValues.ATTACK_MOTIVATION, "secondary_motivations", VocabularyValues.ATTACK_MOTIVATION)),
            entry("location", Map.of("region", VocabularyValues.REGION)),
            entry("malware", Map.of("malware_types", VocabularyValues.MALWARE_TYPE,
                    "architecture_execution_envs", VocabularyValues.PROCESSOR_ARCHITECTURE,
                    "implementation_languages", VocabularyValues.IMPLEMENTATION_LANGUAGE,
                    "capabilities", VocabularyValues.MALWARE_CAPABILITIES)),
            entry("malware-analysis", Map.of("result", VocabularyValues.MALWARE_RESULT)),
            entry("opinion", Map.of("opinion", VocabularyValues.OPINION)),
            entry("report", Map.of("report_types", VocabularyValues.REPORT_TYPE)),
            entry("threat-actor", Map.of("threat_actor_types", VocabularyValues.THREAT_ACTOR_TYPE,
                    "roles", VocabularyValues.THREAT_ACTOR_ROLE,
                    "sophistication", VocabularyValues.THREAT_ACTOR_SOPHISTICATION,
                    "resource_level", VocabularyValues.ATTACK_RESOURCE_LEVEL, "primary_motivation", VocabularyValues.ATTACK_MOTIVATION,
                    "secondary_motivations", VocabularyValues.ATTACK_MOTIVATION, "personal_motivations", VocabularyValues.ATTACK_MOTIVATION)),
            entry("tool", Map.of("tool_types", VocabularyValues.TOOL_TYPE)),
            entry("artifact", Map.of("encryption_algorithm", VocabularyValues.ENCRYPTION_ALGORITHM)),
            entry("user-account", Map.of("account_type", VocabularyValues.ACCOUNT_TYPE)),
            entry("extension-definition", Map.of("extension_types", VocabularyValues.EXTENSION_TYPE)));

    private Vocabularies() {
    }

    static void check(JsonNode object, StixKind kind, Findings findings) {
        BY_TYPE.getOrDefault(kind.typeName(), Map.of()).forEach((property, vocabulary) -> {
            if (object.has(property)) {
                checkValues(object, property, vocabulary, findings);
            }
        });
    }

    /** Checks a property holding one value or a list of values from a vocabulary. */
    static void checkValues(JsonNode object, String property, Vocabulary vocabulary, Findings findings) {
        boolean list = object.get(property).isArray();
        List<JsonNode> values = Nodes.elements(object, property);
        for (int i = 0; i < values.size(); i++) {
            checkValue(values.get(i), list ? Nodes.at(property, i) : property, vocabulary, findings);
        }
    }

    static void checkValue(JsonNode value, String path, Vocabulary vocabulary, Findings findings) {
        if (!value.isString()) {
            findings.error(path, "must be a string from " + vocabulary.name() + ", not " + Nodes.show(value));
        } else if (vocabulary.contains(value.stringValue())) {
            return;
        } else if (vocabulary.open()) {
            findings.warning(path, Nodes.show(value) + " is not in the open vocabulary " + vocabulary.name());
        } else {
            findings.error(path, Nodes.show(value) + " is not one of the " + vocabulary.name() + " values: "
                    + String.join(", ", vocabulary.values()));
        }
    }
}
