package org.sipar.intel.stix;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Embedded relationships: every {@code *_ref}/{@code *_refs} property the specification defines must hold
 * identifiers of the types its description names (specification section 3.3 and each type's property table).
 */
final class References {

    private static final Map<String, Target> COMMON = Map.of(
            "created_by_ref", Target.types("identity"),
            "object_marking_refs", Target.types("marking-definition"));

    private static final Map<String, Map<String, Target>> BY_TYPE = Map.ofEntries(
            entry("grouping", Map.of("object_refs", Target.any())),
            entry("malware", Map.of("operating_system_refs", Target.types("software"),
                    "sample_refs", Target.types("file", "artifact"))),
            entry("malware-analysis", Map.of("host_vm_ref", Target.types("software"),
                    "operating_system_ref", Target.types("software"),
                    "installed_software_refs", Target.types("software"),
                    "analysis_sco_refs", Target.sco(),
                    "sample_ref", Target.types("file", "network-traffic", "artifact"))),
            entry("note", Map.of("object_refs", Target.any())),
            entry("observed-data", Map.of("object_refs", Target.scoOrSro())),
            entry("opinion", Map.of("object_refs", Target.any())),
            entry("report", Map.of("object_refs", Target.any())),
            entry("relationship", Map.of("source_ref", Target.sdoOrSco(), "target_ref", Target.sdoOrSco())),
            entry("sighting", Map.of("sighting_of_ref", Target.sdo(),
                    "observed_data_refs", Target.types("observed-data"),
                    "where_sighted_refs", Target.types("identity", "location"))),
            entry("language-content", Map.of("object_ref", Target.not("language-content"))),
            entry("directory", Map.of("contains_refs", Target.types("file", "directory"))),
            entry("domain-name", Map.of("resolves_to_refs", Target.types("ipv4-addr", "ipv6-addr", "domain-name"))),
            entry("email-addr", Map.of("belongs_to_ref", Target.types("user-account"))),
            entry("email-message", Map.of("from_ref", Target.types("email-addr"), "sender_ref", Target.types("email-addr"),
                    "to_refs", Target.types("email-addr"), "cc_refs", Target.types("email-addr"),
                    "bcc_refs", Target.types("email-addr"), "raw_email_ref", Target.types("artifact"))),
            entry("file", Map.of("parent_directory_ref", Target.types("directory"), "contains_refs", Target.sco(),
                    "content_ref", Target.types("artifact"))),
            entry("ipv4-addr", Map.of("resolves_to_refs", Target.types("mac-addr"),
                    "belongs_to_refs", Target.types("autonomous-system"))),
            entry("ipv6-addr", Map.of("resolves_to_refs", Target.types("mac-addr"),
                    "belongs_to_refs", Target.types("autonomous-system"))),
            entry("network-traffic", Map.of(
                    "src_ref", Target.types("ipv4-addr", "ipv6-addr", "mac-addr", "domain-name"),
                    "dst_ref", Target.types("ipv4-addr", "ipv6-addr", "mac-addr", "domain-name"),
                    "src_payload_ref", Target.types("artifact"), "dst_payload_ref", Target.types("artifact"),
                    "encapsulates_refs", Target.types("network-traffic"),
                    "encapsulated_by_ref", Target.types("network-traffic"))),
            entry("process", Map.of("opened_connection_refs", Target.types("network-traffic"),
                    "creator_user_ref", Target.types("user-account"), "image_ref", Target.types("file"),
                    "parent_ref", Target.types("process"), "child_refs", Target.types("process"))),
            entry("windows-registry-key", Map.of("creator_user_ref", Target.types("user-account"))));

    private References() {
    }

    static void check(JsonNode object, StixKind kind, Findings findings) {
        Map<String, Target> specific = BY_TYPE.getOrDefault(kind.typeName(), Map.of());
        for (String property : object.propertyNames()) {
            Target target = specific.getOrDefault(property, COMMON.get(property));
            if (target != null) {
                checkValues(object, property, target, findings);
            } else if (property.endsWith("_ref") || property.endsWith("_refs")) {
                checkCustom(object, property, findings);
            }
        }
    }

    /** Checks one reference wherever it sits, for example inside granular_markings. */
    static void checkOne(JsonNode value, String path, Target target, Findings findings) {
        Optional<StixId> id = value.isString() ? StixId.parse(value.stringValue()) : Optional.empty();
        if (id.isEmpty()) {
            findings.error(path, Nodes.show(value) + " is not an identifier of the form type--UUID");
        } else if ("bundle".equals(id.get().type()) || !target.allows().test(StixKind.of(id.get().type()))) {
            findings.error(path, "must reference " + target.description() + ", not " + Nodes.show(value));
        }
    }

    private static void checkValues(JsonNode object, String property, Target target, Findings findings) {
        boolean list = property.endsWith("_refs");
        if (list != object.get(property).isArray()) {
            findings.error(property, list ? "must be a list of identifiers" : "must be a single identifier");
            return;
        }
        List<JsonNode> values = Nodes.elements(object, property);
        for (int i = 0; i < values.size(); i++) {
            checkOne(values.get(i), list ? Nodes.at(property, i) : property, target, findings);
        }
    }

    /**
     * Custom properties named like references: the spec only says references MUST be so named, not that every
     * such name holds one, so a value that is no identifier is worth a warning, not an error. ATT&CK ships
     * empty x_mitre_data_source_ref values, for one.
     */
    private static void checkCustom(JsonNode object, String property, Findings findings) {
        List<JsonNode> values = Nodes.elements(object, property);
        for (int i = 0; i < values.size(); i++) {
            JsonNode value = values.get(i);
            if (!value.isString() || StixId.parse(value.stringValue()).isEmpty()) {
                String path = object.get(property).isArray() ? Nodes.at(property, i) : property;
                findings.warning(path, Nodes.show(value) + " is named as a reference but is not an identifier");
            }
        }
    }
}
