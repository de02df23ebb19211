package org.sipar.intel.stix;

import static java.util.Map.entry;
import static org.sipar.intel.stix.PropertyType.BINARY;
import static org.sipar.intel.stix.PropertyType.BOOLEAN;
import static org.sipar.intel.stix.PropertyType.COUNT;
import static org.sipar.intel.stix.PropertyType.DICTIONARY;
import static org.sipar.intel.stix.PropertyType.HEX;
import static org.sipar.intel.stix.PropertyType.INTEGER;
import static org.sipar.intel.stix.PropertyType.NUMBER;
import static org.sipar.intel.stix.PropertyType.OBJECT;
import static org.sipar.intel.stix.PropertyType.OBJECTS;
import static org.sipar.intel.stix.PropertyType.STRING;
import static org.sipar.intel.stix.PropertyType.STRINGS;
import static org.sipar.intel.stix.PropertyType.STRING_VALUES;
import static org.sipar.intel.stix.PropertyType.URL;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The JSON type of every property in the property tables of specification sections 3 to 7. Left to their own
 * rules, which check type and more: identifiers and references ({@link References}), timestamps
 * ({@link TimestampRules}), bounded numbers ({@link Ranges}), labels, revoked and confidence
 * ({@link CommonRules}), is_family and is_multipart, and the embedded lists of {@link EmbeddedTypes}.
 */
final class TypeRules {

    private static final Map<String, PropertyType> COMMON = props(STRING, "lang", DICTIONARY, "extensions");
    private static final Map<String, PropertyType> SCO_COMMON = props(BOOLEAN, "defanged");
    private static final String[] NAMED = {"name", "description"};

    private static final Map<String, Map<String, PropertyType>> BY_TYPE = Map.ofEntries(
            entry("attack-pattern", props(STRING, NAMED, STRINGS, "aliases")),
            entry("campaign", props(STRING, NAMED, "objective", STRINGS, "aliases")),
            entry("course-of-action", props(STRING, NAMED)),
            entry("grouping", props(STRING, NAMED, "context")),
            entry("identity", props(STRING, NAMED, "identity_class", "contact_information", STRINGS, "roles", "sectors")),
            entry("incident", props(STRING, NAMED)),
            entry("indicator", props(STRING, NAMED, "pattern", "pattern_type", "pattern_version",
                    STRINGS, "indicator_types")),
            entry("infrastructure", props(STRING, NAMED, STRINGS, "infrastructure_types", "aliases")),
            entry("intrusion-set", props(STRING, NAMED, "resource_level", "primary_motivation",
                    STRINGS, "aliases", "goals", "secondary_motivations")),
            entry("location", props(STRING, NAMED, "region", "country", "administrative_area", "city",
                    "street_address", "postal_code", NUMBER, "precision")),
            entry("malware-analysis", props(STRING, "product", "version", "configuration_version",
                    "analysis_engine_version", "analysis_definition_version", "result_name", "result",
                    STRINGS, "modules")),
            entry("malware", props(STRING, NAMED, STRINGS, "aliases", "architecture_execution_envs",
                    "implementation_languages", "capabilities", "malware_types")),
            entry("note", props(STRING, "abstract", "content", STRINGS, "authors")),
            entry("observed-data", props(DICTIONARY, "objects")),
            entry("opinion", props(STRING, "explanation", "opinion", STRINGS, "authors")),
            entry("report", props(STRING, NAMED, STRINGS, "report_types")),
            entry("threat-actor", props(STRING, NAMED, "sophistication", "resource_level", "primary_motivation",
                    STRINGS, "threat_actor_types", "aliases", "roles", "goals", "secondary_motivations",
                    "personal_motivations")),
            entry("tool", props(STRING, NAMED, "tool_version", STRINGS, "aliases", "tool_types")),
            entry("vulnerability", props(STRING, NAMED)),
            entry("relationship", props(STRING, "relationship_type", "description")),
            entry("sighting", props(STRING, "description", BOOLEAN, "summary")),
            entry("artifact", props(STRING, "mime_type", "encryption_algorithm", "decryption_key",
                    BINARY, "payload_bin", URL, "url", OBJECT, "hashes")),
            entry("autonomous-system", props(COUNT, "number", STRING, "name", "rir")),
            entry("directory", props(STRING, "path", "path_enc")),
            entry("domain-name", props(STRING, "value")),
            entry("email-addr", props(STRING, "value", "display_name")),
            entry("email-message", props(STRING, "content_type", "message_id", "subject", "body",
                    STRINGS, "received_lines", DICTIONARY, "additional_header_fields", OBJECTS, "body_multipart")),
            entry("file", props(OBJECT, "hashes", COUNT, "size", STRING, "name", "name_enc", "mime_type",
                    HEX, "magic_number_hex")),
            entry("ipv4-addr", props(STRING, "value")),
            entry("ipv6-addr", props(STRING, "value")),
            entry("mac-addr", props(STRING, "value")),
            entry("mutex", props(STRING, "name")),
            entry("network-traffic", props(STRINGS, "protocols", COUNT, "src_byte_count", "dst_byte_count",
                    "src_packets", "dst_packets", DICTIONARY, "ipfix", BOOLEAN, "is_active")),
            entry("process", props(BOOLEAN, "is_hidden", INTEGER, "pid", STRING, "cwd", "command_line",
                    DICTIONARY, "environment_variables")),
            entry("software", props(STRING, "name", "cpe", "swid", "vendor", "version", STRINGS, "languages")),
            entry("url", props(URL, "value")),
            entry("user-account", props(STRING, "user_id", "credential", "account_login", "account_type",
                    "display_name", BOOLEAN, "is_service_account", "is_privileged", "can_escalate_privs",
                    "is_disabled")),
            entry("windows-registry-key", props(STRING, "key", OBJECTS, "values", COUNT, "number_of_subkeys")),
            entry("x509-certificate", props(BOOLEAN, "is_self_signed", OBJECT, "hashes", STRING, "version",
                    "serial_number", "signature_algorithm", "issuer", "subject", "subject_public_key_algorithm",
                    "subject_public_key_modulus", INTEGER, "subject_public_key_exponent",
                    STRING_VALUES, "x509_v3_extensions")),
            entry("marking-definition", props(STRING, "name", "definition_type", OBJECT, "definition")),
            entry("language-content", props(DICTIONARY, "contents")),
            entry("extension-definition", props(STRING, NAMED, "schema", "version",
                    STRINGS, "extension_types", "extension_properties")));

    /** The elements of list properties that hold objects with typed properties of their own. */
    private static final Map<String, Map<String, Map<String, PropertyType>>> NESTED = Map.of(
            "email-message", Map.of("body_multipart", props(STRING, "body", "content_type", "content_disposition")),
            "windows-registry-key", Map.of("values", props(STRING, "name", "data", "data_type")));

    private TypeRules() {
    }

    static void check(JsonNode object, StixKind kind, Findings findings) {
        check(object, "", COMMON, findings);
        if (kind instanceof StixKind.Sco) {
            check(object, "", SCO_COMMON, findings);
        }
        check(object, "", BY_TYPE.getOrDefault(kind.typeName(), Map.of()), findings);
        Hashes.check(object, "", findings);
        NESTED.getOrDefault(kind.typeName(), Map.of()).forEach((list, types) -> {
            JsonNode elements = object.path(list);
            for (int i = 0; i < elements.size() && elements.isArray(); i++) {
                check(elements.get(i), Nodes.at(list, i), types, findings);
            }
        });
    }

    /** Checks the properties of {@code object} (at {@code path}, empty at the top) that the table types. */
    static void check(JsonNode object, String path, Map<String, PropertyType> types, Findings findings) {
        types.forEach((property, type) -> {
            JsonNode value = object.get(property);
            if (value != null) {
                type.check(value, path.isEmpty() ? property : path + "." + property, findings);
            }
        });
    }

    /** A table from types each followed by the names (or arrays of names) of the properties of that type. */
    static Map<String, PropertyType> props(Object... typesAndNames) {
        Map<String, PropertyType> table = new HashMap<>();
        PropertyType current = null;
        for (Object item : typesAndNames) {
            switch (item) {
                case PropertyType type -> current = type;
                case String name -> table.put(name, current);
                case String[] names -> {
                    for (String name : names) {
                        table.put(name, current);
                    }
                }
                default -> throw new IllegalArgumentException("not a type or property name: " + item);
            }
        }
        return Map.copyOf(table);
    }
}
