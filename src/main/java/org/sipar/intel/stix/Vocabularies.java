package org.sipar.intel.stix;

import static java.util.Map.entry;
import static org.sipar.intel.stix.VocabularyValues.ACCOUNT_TYPE;
import static org.sipar.intel.stix.VocabularyValues.ATTACK_MOTIVATION;
import static org.sipar.intel.stix.VocabularyValues.ATTACK_RESOURCE_LEVEL;
import static org.sipar.intel.stix.VocabularyValues.ENCRYPTION_ALGORITHM;
import static org.sipar.intel.stix.VocabularyValues.EXTENSION_TYPE;
import static org.sipar.intel.stix.VocabularyValues.GROUPING_CONTEXT;
import static org.sipar.intel.stix.VocabularyValues.IDENTITY_CLASS;
import static org.sipar.intel.stix.VocabularyValues.IMPLEMENTATION_LANGUAGE;
import static org.sipar.intel.stix.VocabularyValues.INDICATOR_TYPE;
import static org.sipar.intel.stix.VocabularyValues.INDUSTRY_SECTOR;
import static org.sipar.intel.stix.VocabularyValues.INFRASTRUCTURE_TYPE;
import static org.sipar.intel.stix.VocabularyValues.MALWARE_CAPABILITIES;
import static org.sipar.intel.stix.VocabularyValues.MALWARE_RESULT;
import static org.sipar.intel.stix.VocabularyValues.MALWARE_TYPE;
import static org.sipar.intel.stix.VocabularyValues.OPINION;
import static org.sipar.intel.stix.VocabularyValues.PATTERN_TYPE;
import static org.sipar.intel.stix.VocabularyValues.PROCESSOR_ARCHITECTURE;
import static org.sipar.intel.stix.VocabularyValues.REGION;
import static org.sipar.intel.stix.VocabularyValues.REPORT_TYPE;
import static org.sipar.intel.stix.VocabularyValues.THREAT_ACTOR_ROLE;
import static org.sipar.intel.stix.VocabularyValues.THREAT_ACTOR_SOPHISTICATION;
import static org.sipar.intel.stix.VocabularyValues.THREAT_ACTOR_TYPE;
import static org.sipar.intel.stix.VocabularyValues.TOOL_TYPE;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Which properties draw on which vocabulary (specification section 10, STIX 2.1 Errata 01 values included):
 * a value outside an open vocabulary is a warning, outside a closed enumeration an error.
 */
final class Vocabularies {

    private static final Map<String, Map<String, Vocabulary>> BY_TYPE = Map.ofEntries(
            entry("grouping", Map.of("context", GROUPING_CONTEXT)),
            entry("identity", Map.of("identity_class", IDENTITY_CLASS,
                    "sectors", INDUSTRY_SECTOR)),
            entry("indicator", Map.of("indicator_types", INDICATOR_TYPE,
                    "pattern_type", PATTERN_TYPE)),
            entry("infrastructure", Map.of("infrastructure_types", INFRASTRUCTURE_TYPE)),
            entry("intrusion-set", Map.of("resource_level", ATTACK_RESOURCE_LEVEL,
                    "primary_motivation", ATTACK_MOTIVATION, "secondary_motivations", ATTACK_MOTIVATION)),
            entry("location", Map.of("region", REGION)),
            entry("malware", Map.of("malware_types", MALWARE_TYPE,
                    "architecture_execution_envs", PROCESSOR_ARCHITECTURE,
                    "implementation_languages", IMPLEMENTATION_LANGUAGE,
                    "capabilities", MALWARE_CAPABILITIES)),
            entry("malware-analysis", Map.of("result", MALWARE_RESULT)),
            entry("opinion", Map.of("opinion", OPINION)),
            entry("report", Map.of("report_types", REPORT_TYPE)),
            entry("threat-actor", Map.of("threat_actor_types", THREAT_ACTOR_TYPE,
                    "roles", THREAT_ACTOR_ROLE,
                    "sophistication", THREAT_ACTOR_SOPHISTICATION,
                    "resource_level", ATTACK_RESOURCE_LEVEL, "primary_motivation", ATTACK_MOTIVATION,
                    "secondary_motivations", ATTACK_MOTIVATION, "personal_motivations", ATTACK_MOTIVATION)),
            entry("tool", Map.of("tool_types", TOOL_TYPE)),
            entry("artifact", Map.of("encryption_algorithm", ENCRYPTION_ALGORITHM)),
            entry("user-account", Map.of("account_type", ACCOUNT_TYPE)),
            entry("extension-definition", Map.of("extension_types", EXTENSION_TYPE)));

    private Vocabularies() {
    }

    static void check(JsonNode object, StixKind kind, Findings findings) {
        BY_TYPE.getOrDefault(kind.typeName(), Map.of()).forEach((property, vocabulary) -> {
            if (object.has(property)) {
                checkValues(object, property, vocabulary, findings);
            }
        });
    }

    /**
     * Checks a property holding one value or a list of values from a vocabulary. Only the strings: whether the
     * property is a string or list of strings at all is reported by its property type (TypeRules).
     */
    static void checkValues(JsonNode object, String property, Vocabulary vocabulary, Findings findings) {
        boolean list = object.get(property).isArray();
        List<JsonNode> values = Nodes.elements(object, property);
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).isString()) {
                checkValue(values.get(i), list ? Nodes.at(property, i) : property, vocabulary, findings);
            }
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
