package org.sipar.intel.stix;

import tools.jackson.databind.JsonNode;

/** The conditional rules of SCOs (specification section 6) and the check of their deterministic identifiers. */
final class ObservableRules {

    private ObservableRules() {
    }

    static void check(JsonNode object, StixKind.Sco kind, Findings findings) {
        switch (kind) {
            case ARTIFACT -> checkArtifact(object, findings);
            case FILE -> DomainRules.requireOneOf(object, findings, "hashes", "name");
            case NETWORK_TRAFFIC -> checkNetworkTraffic(object, findings);
            case EMAIL_MESSAGE -> checkEmailMessage(object, findings);
            default -> {
                // the other SCOs have no conditional rules
            }
        }
        checkDeterministicId(object, findings);
    }

    private static void checkArtifact(JsonNode object, Findings findings) {
        if (object.has("payload_bin") && object.has("url")) {
            findings.error("url", "must not be present when payload_bin is");
        } else {
            DomainRules.requireOneOf(object, findings, "payload_bin", "url");
        }
        if (object.has("url") && !object.has("hashes")) {
            findings.error("hashes", "is required when url is present");
        }
        if (object.has("decryption_key") && !object.has("encryption_algorithm")) {
            findings.error("decryption_key", "must not be present without encryption_algorithm");
        }
    }

    private static void checkNetworkTraffic(JsonNode object, Findings findings) {
        DomainRules.requireOneOf(object, findings, "src_ref", "dst_ref");
        Ranges.integer(object, "src_port", 0, 65535, findings);
        Ranges.integer(object, "dst_port", 0, 65535, findings);
        if (object.path("is_active").asBoolean(false) && object.has("end")) {
            findings.error("end", "must not be present while is_active is true");
        }
    }

    private static void checkEmailMessage(JsonNode object, Findings findings) {
        JsonNode multipart = object.get("is_multipart");
        if (multipart != null && !multipart.isBoolean()) {
            findings.error("is_multipart", "must be a boolean, not " + Nodes.show(multipart));
        } else if (multipart != null && multipart.booleanValue() && object.has("body")) {
            findings.error("body", "must not be present when is_multipart is true; use body_multipart");
        } else if (multipart != null && !multipart.booleanValue() && object.has("body_multipart")) {
            findings.error("body_multipart", "must not be present when is_multipart is false");
        }
    }

    /**
     * Section 2.9: SCO ids SHOULD be UUIDv5 over the ID contributing properties. Only a UUIDv5 id is compared,
     * since producers MAY use UUIDv4 (and MUST when no contributing property is present).
     */
    private static void checkDeterministicId(JsonNode object, Findings findings) {
        StixId id = Nodes.string(object, "id").flatMap(StixId::parse).orElse(null);
        if (id == null || id.version() != 5) {
            return;
        }
        try {
            ScoIdentity.expected(object).filter(expected -> !expected.equalsIgnoreCase(id.toString())).ifPresent(
                    expected -> findings.warning("id", "'" + id + "' is a UUIDv5 but differs from the deterministic id '"
                            + expected + "' computed from its ID contributing properties"));
        } catch (IllegalArgumentException notCanonicalisable) {
            findings.error("id", "its ID contributing properties cannot be canonicalised: "
                    + notCanonicalisable.getMessage());
        }
    }
}
