package org.sipar.intel.stix;

import java.util.Objects;

/**
 * The kind of a STIX 2.1 object, told by its {@code type} property: one of the types the specification
 * defines, grouped as it groups them, or a custom type (for example ATT&CK's {@code x-mitre-tactic}).
 */
public sealed interface StixKind {

    /** Returns the type name exactly as it appears in an object's {@code type} property. */
    String typeName();

    /** The STIX Domain Objects of specification section 4. */
    enum Sdo implements StixKind {
        ATTACK_PATTERN, CAMPAIGN, COURSE_OF_ACTION, GROUPING, IDENTITY, INCIDENT, INDICATOR, INFRASTRUCTURE,
        INTRUSION_SET, LOCATION, MALWARE, MALWARE_ANALYSIS, NOTE, OBSERVED_DATA, OPINION, REPORT, THREAT_ACTOR,
        TOOL, VULNERABILITY;

        /** Returns the type name, for example {@code attack-pattern}. */
        @Override
        public String typeName() {
            return spelled(this);
        }
    }

    /** The STIX Relationship Objects of specification section 5. */
    enum Sro implements StixKind {
        RELATIONSHIP, SIGHTING;

        /** Returns the type name, for example {@code relationship}. */
        @Override
        public String typeName() {
            return spelled(this);
        }
    }

    /** The STIX Cyber-observable Objects of specification section 6. */
    enum Sco implements StixKind {
        ARTIFACT, AUTONOMOUS_SYSTEM, DIRECTORY, DOMAIN_NAME, EMAIL_ADDR, EMAIL_MESSAGE, FILE, IPV4_ADDR, IPV6_ADDR,
        MAC_ADDR, MUTEX, NETWORK_TRAFFIC, PROCESS, SOFTWARE, URL, USER_ACCOUNT, WINDOWS_REGISTRY_KEY,
        X509_CERTIFICATE;

        /** Returns the type name, for example {@code ipv4-addr}. */
        @Override
        public String typeName() {
            return spelled(this);
        }
    }

    /** The STIX Meta Objects of specification section 7. */
    enum Meta implements StixKind {
        MARKING_DEFINITION, LANGUAGE_CONTENT, EXTENSION_DEFINITION;

        /** Returns the type name, for example {@code marking-definition}. */
        @Override
        public String typeName() {
            return spelled(this);
        }
    }

    /** A custom object type (specification section 11.2): kept as given, never one of the specification's names. */
    record Custom(String typeName) implements StixKind {

        /** Accepts a well-formed type name the specification does not define; throws IllegalArgumentException otherwise. */
        public Custom {
            Objects.requireNonNull(typeName, "typeName");
            if (!isValidTypeName(typeName)) {
                throw new IllegalArgumentException("'" + typeName + "' breaks the STIX type-name rule");
            }
            if (specified(typeName) != null || "bundle".equals(typeName)) {
                throw new IllegalArgumentException("'" + typeName + "' is a specification type, not a custom one");
            }
        }
    }

    /** Returns the kind a type name denotes, custom when unknown; throws IllegalArgumentException if malformed or "bundle". */
    static StixKind of(String typeName) {
        Objects.requireNonNull(typeName, "typeName");
        if (!isValidTypeName(typeName)) {
            throw new IllegalArgumentException("'" + typeName + "' breaks the STIX type-name rule: 3-250 characters"
                    + " of a-z, 0-9 and hyphen, starting with a letter");
        }
        StixKind specified = specified(typeName);
        return specified != null ? specified : new Custom(typeName);
    }

    /** Returns whether a name follows the type-name rule: 3-250 of a-z, 0-9 and single hyphens, starting with a letter. */
    static boolean isValidTypeName(String name) {
        return StixNames.isTypeName(name);
    }

    private static StixKind specified(String typeName) {
        return KindNames.specified(typeName);
    }

    private static String spelled(Enum<?> constant) {
        return KindNames.spelled(constant);
    }
}
