package org.sipar.intel.stix;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Deterministic SCO identifiers (specification sections 2.9 and 3.4): a UUIDv5 in the STIX namespace over the
 * RFC 8785 form of the object's "ID Contributing Properties", listed per type in section 6.
 */
final class ScoIdentity {

    static final UUID NAMESPACE = UUID.fromString("00abedb4-aa42-466c-9c01-fed23315a9b7");

    private static final Map<String, List<String>> CONTRIBUTING = Map.ofEntries(
            entry("artifact", List.of("hashes", "payload_bin")),
            entry("autonomous-system", List.of("number")),
            entry("directory", List.of("path")),
            entry("domain-name", List.of("value")),
            entry("email-addr", List.of("value")),
            entry("email-message", List.of("from_ref", "subject", "body")),
            entry("file", List.of("hashes", "name", "extensions", "parent_directory_ref")),
            entry("ipv4-addr", List.of("value")),
            entry("ipv6-addr", List.of("value")),
            entry("mac-addr", List.of("value")),
            entry("mutex", List.of("name")),
            entry("network-traffic",
                    List.of("start", "end", "src_ref", "dst_ref", "src_port", "dst_port", "protocols", "extensions")),
            entry("process", List.of()), // the spec gives processes no contributing properties: always UUIDv4
            entry("software", List.of("name", "cpe", "swid", "vendor", "version")),
            entry("url", List.of("value")),
            entry("user-account", List.of("account_type", "user_id", "account_login")),
            entry("windows-registry-key", List.of("key", "values")),
            entry("x509-certificate", List.of("hashes", "serial_number")));

    // "include only one hash ... from this ordered list (based on the following order of preference)"
    private static final List<String> PREFERRED_HASHES = List.of("MD5", "SHA-1", "SHA-256", "SHA-512");

    private ScoIdentity() {
    }

    /** The ID contributing properties of a specification SCO type; empty for other types. */
    static List<String> contributingProperties(String type) {
        return CONTRIBUTING.getOrDefault(type, List.of());
    }

    /** The deterministic id; empty for types that are no specification SCO and for SCOs without contributing properties. */
    static Optional<String> expected(JsonNode sco) {
        String type = Nodes.string(sco, "type").orElse("");
        List<String> contributing = CONTRIBUTING.get(type);
        if (contributing == null) {
            return Optional.empty();
        }
        ObjectNode name = JsonNodeFactory.instance.objectNode();
        for (String property : contributing) {
            JsonNode value = sco.get(property);
            if (value != null && !"hashes".equals(property)) {
                name.set(property, value);
            } else if (value != null) {
                oneHash(value).ifPresent(hash -> name.set(property, hash));
            }
        }
        // "If the contributing properties are all optional, and none are present on the SCO, then a UUIDv4 MUST be used."
        return name.isEmpty() ? Optional.empty() : Optional.of(type + "--" + Uuid5.of(NAMESPACE, Jcs.canonicalUtf8(name)));
    }

    /**
     * The one hash that contributes: the first of the preferred list, else the first as written, which is what
     * the OASIS Python library (the reference producer) does when none of the preferred ones is there.
     */
    private static Optional<JsonNode> oneHash(JsonNode hashes) {
        if (!hashes.isObject() || hashes.isEmpty()) {
            return Optional.empty();
        }
        String algorithm = PREFERRED_HASHES.stream()
                .filter(hashes::has)
                .findFirst()
                .orElseGet(() -> hashes.propertyNames().iterator().next());
        return Optional.of(JsonNodeFactory.instance.objectNode().set(algorithm, hashes.get(algorithm)));
    }
}
