package org.sipar.intel.stix;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/** The properties each type must carry, from the property tables of specification sections 3.2 and 4 to 7. */
final class RequiredProperties {

    private static final List<String> SDO_SRO_COMMON = List.of("type", "spec_version", "id", "created", "modified");
    private static final List<String> SCO_AND_CUSTOM_COMMON = List.of("type", "id");

    private static final Map<String, List<String>> BY_TYPE = Map.ofEntries(
            entry("attack-pattern", List.of("name")),
            entry("campaign", List.of("name")),
            entry("course-of-action", List.of("name")),
            entry("grouping", List.of("context", "object_refs")),
            entry("identity", List.of("name")),
            entry("incident", List.of("name")),
            entry("indicator", List.of("pattern", "pattern_type", "valid_from")),
            entry("infrastructure", List.of("name")),
            entry("intrusion-set", List.of("name")),
            entry("malware", List.of("is_family")),
            entry("malware-analysis", List.of("product")),
            entry("note", List.of("content", "object_refs")),
            entry("observed-data", List.of("first_observed", "last_observed", "number_observed")),
            entry("opinion", List.of("opinion", "object_refs")),
            entry("report", List.of("name", "published", "object_refs")),
            entry("threat-actor", List.of("name")),
            entry("tool", List.of("name")),
            entry("vulnerability", List.of("name")),
            entry("relationship", List.of("relationship_type", "source_ref", "target_ref")),
            entry("sighting", List.of("sighting_of_ref")),
            entry("autonomous-system", List.of("number")),
            entry("directory", List.of("path")),
            entry("domain-name", List.of("value")),
            entry("email-addr", List.of("value")),
            entry("email-message", List.of("is_multipart")),
            entry("ipv4-addr", List.of("value")),
            entry("ipv6-addr", List.of("value")),
            entry("mac-addr", List.of("value")),
            entry("mutex", List.of("name")),
            entry("network-traffic", List.of("protocols")),
            entry("software", List.of("name")),
            entry("url", List.of("value")),
            // Meta objects: marking definitions are not versioned, so they have no modified (section 7.2.1).
            entry("marking-definition", List.of("type", "spec_version", "id", "created")),
            entry("language-content", List.of("object_ref", "contents")),
            entry("extension-definition", List.of("created_by_ref", "name", "schema", "version", "extension_types")));

    private RequiredProperties() {
    }

    static void check(JsonNode object, StixKind kind, Findings findings) {
        required(kind).filter(property -> !object.has(property)).forEach(property ->
                findings.error(property, "is required on " + kind.typeName() + " objects"));
    }

    private static Stream<String> required(StixKind kind) {
        List<String> specific = BY_TYPE.getOrDefault(kind.typeName(), List.of());
        return switch (kind) {
            case StixKind.Sdo sdo -> Stream.concat(SDO_SRO_COMMON.stream(), specific.stream());
            case StixKind.Sro sro -> Stream.concat(SDO_SRO_COMMON.stream(), specific.stream());
            case StixKind.Meta meta when meta == StixKind.Meta.MARKING_DEFINITION -> specific.stream();
            case StixKind.Meta meta -> Stream.concat(SDO_SRO_COMMON.stream(), specific.stream());
            case StixKind.Sco sco -> Stream.concat(SCO_AND_CUSTOM_COMMON.stream(), specific.stream());
            case StixKind.Custom custom -> SCO_AND_CUSTOM_COMMON.stream();
        };
    }
}
