package org.sipar.intel.stix;

import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Checks one STIX 2.1 object against the OASIS STIX 2.1 specification (with Errata 01): required properties,
 * identifiers, timestamps, embedded relationships, vocabularies and the per-type rules. Custom object types
 * and custom properties are accepted as the specification allows. Instances are stateless and thread-safe.
 */
public final class StixValidator {

    /** Returns every finding for the object, errors and warnings in the order found; empty when it conforms. */
    public List<Finding> validate(JsonNode object) {
        Objects.requireNonNull(object, "object");
        Findings findings = new Findings();
        JsonValues.check(object, findings);
        StixKind kind = kindOf(object, findings);
        if (kind != null) { // without a type no other rule can be chosen
            RequiredProperties.check(object, kind, findings);
            CommonRules.check(object, kind, findings);
            TypeRules.check(object, kind, findings);
            TimestampRules.check(object, kind, findings);
            EmbeddedTypes.check(object, findings);
            References.check(object, kind, findings);
            Vocabularies.check(object, kind, findings);
            DomainRules.check(object, kind, findings);
        }
        if (kind instanceof StixKind.Sco sco) {
            ObservableRules.check(object, sco, findings);
        }
        return findings.toList();
    }

    /**
     * Returns the deterministic identifier an SCO SHOULD have (specification section 2.9): type--UUIDv5 in the
     * STIX namespace over the RFC 8785 form of its ID contributing properties. Throws IllegalArgumentException,
     * naming the value, when the object is no specification SCO or carries none of those properties (the
     * specification then requires a UUIDv4).
     */
    public static String expectedScoId(JsonNode sco) {
        Objects.requireNonNull(sco, "sco");
        String type = sco.isObject() ? Nodes.string(sco, "type").orElse(null) : null;
        boolean observable = StixNames.isTypeName(type) && !"bundle".equals(type)
                && StixKind.of(type) instanceof StixKind.Sco;
        if (!observable) {
            throw new IllegalArgumentException("not a STIX cyber-observable object: type " + type);
        }
        return ScoIdentity.expected(sco).orElseThrow(() -> new IllegalArgumentException(
                "the " + type + " carries none of its ID contributing properties, so its id must be a UUIDv4"));
    }

    private static StixKind kindOf(JsonNode object, Findings findings) {
        JsonNode type = object.get("type");
        if (!object.isObject()) {
            findings.error("", "a STIX object must be a JSON object, not " + Nodes.show(object));
        } else if (type == null) {
            findings.error("type", "is required on every STIX object");
            if (!object.has("id")) { // the one other property every object needs, whatever its type
                findings.error("id", "is required on every STIX object");
            }
        } else if (!type.isString() || !StixKind.isValidTypeName(type.stringValue())) {
            findings.error("type", Nodes.show(type) + " breaks the type-name rule: 3-250 characters of a-z, 0-9"
                    + " and single hyphens, starting with a letter");
        } else if ("bundle".equals(type.stringValue())) {
            findings.error("type", "a bundle is a container, not a STIX object; validate its objects one by one");
        } else {
            return StixKind.of(type.stringValue());
        }
        return null;
    }
}
