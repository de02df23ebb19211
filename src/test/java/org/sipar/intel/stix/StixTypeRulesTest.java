package org.sipar.intel.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.intel.stix.ExpectedFindings.error;
import static org.sipar.intel.stix.ExpectedFindings.warning;
import static org.sipar.support.stix.SpecExamples.object;

import org.junit.jupiter.api.Test;
import org.sipar.support.stix.SpecExamples;
import tools.jackson.databind.node.ObjectNode;

/** Rules of single types that a list of required properties cannot express. */
class StixTypeRulesTest {

    private final StixValidator validator = new StixValidator();

    @Test
    void aMalwareFamilyNeedsAName() {
        ObjectNode malware = object(SpecExamples.MALWARE).put("is_family", true);
        malware.remove("name");
        assertThat(validator.validate(malware))
                .containsExactly(error("name", "is required on malware objects whose is_family is true"));
        assertThat(validator.validate(malware.put("is_family", false))).isEmpty();
        assertThat(validator.validate(malware.put("is_family", "yes")))
                .containsExactly(error("is_family", "must be a boolean, not 'yes'"));
    }

    @Test
    void aLocationNeedsARegionACountryOrCoordinates() {
        ObjectNode location = object(SpecExamples.LOCATION);
        location.remove("region");
        assertThat(validator.validate(location)).isEmpty();
        location.remove("longitude");
        assertThat(validator.validate(location)).containsExactly(
                error("longitude", "latitude and longitude must be given together"),
                error("", "a location needs at least one of region, country, or latitude with longitude"));
        assertThat(validator.validate(object(SpecExamples.LOCATION).put("latitude", 91)))
                .containsExactly(error("latitude", "must be a number from -90 to 90, not 91"));
    }

    @Test
    void observedDataCarriesObjectRefsOrTheDeprecatedObjectsNotBoth() {
        ObjectNode observed = object(SpecExamples.OBSERVED_DATA);
        observed.putObject("objects").putObject("0").put("type", "ipv4-addr").put("value", "198.51.100.3");
        assertThat(validator.validate(observed)).containsExactly(
                error("objects", "must not be present when object_refs is (it is the deprecated form)"));
        observed.remove("object_refs");
        assertThat(validator.validate(observed)).isEmpty();
        observed.remove("objects");
        assertThat(validator.validate(observed)).containsExactly(error("object_refs", "is required when objects is absent"));
    }

    @Test
    void numberObservedAndCountHaveBounds() {
        assertThat(validator.validate(object(SpecExamples.OBSERVED_DATA).put("number_observed", 0)))
                .containsExactly(error("number_observed", "must be an integer from 1 to 999999999, not 0"));
        assertThat(validator.validate(object(SpecExamples.SIGHTING).put("count", 1_000_000_000)))
                .containsExactly(error("count", "must be an integer from 0 to 999999999, not 1000000000"));
    }

    @Test
    void relationshipTypesUseLowercaseHyphenatedWords() {
        assertThat(validator.validate(object(SpecExamples.RELATIONSHIP).put("relationship_type", "Indicates")))
                .containsExactly(error("relationship_type", "'Indicates' may only use a-z, 0-9 and hyphen"));
    }

    @Test
    void onlyTheFourSpecifiedTlpMarkingsMayExist() {
        ObjectNode forged = object(SpecExamples.TLP_GREEN).put("id", "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41db");
        assertThat(validator.validate(forged)).containsExactly(error("definition", "TLP marking definitions must be the"
                + " four the specification defines; 'green' with id 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41db'"
                + " is not one of them"));
    }

    @Test
    void markingDefinitionsWithoutExtensionsNeedADefinition() {
        ObjectNode statement = object("""
                {"type": "marking-definition", "spec_version": "2.1",
                 "id": "marking-definition--4a0042fe-8b88-40fe-9600-dfa128ce6fbd", "created": "2016-08-01T00:00:00.000Z",
                 "definition_type": "statement", "definition": {"statement": "Copyright 2019, Example Corp"}}""");
        assertThat(validator.validate(statement)).isEmpty();
        statement.remove("definition");
        assertThat(validator.validate(statement))
                .containsExactly(error("definition", "is required on marking definitions without extensions"));
    }

    @Test
    void aUuid5ScoIdThatIsNotTheDeterministicOneIsAWarning() {
        // The 2.1 CS01 draft gave 198.51.100.3 this id; the deterministic one is 28bb3599-... (section 2.9).
        ObjectNode ipv4 = object(SpecExamples.IPV4).put("id", "ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd");
        assertThat(validator.validate(ipv4)).containsExactly(warning("id", "'ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd'"
                + " is a UUIDv5 but differs from the deterministic id 'ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4'"
                + " computed from its ID contributing properties"));
    }

    @Test
    void aUuid4ScoIdIsFine() {
        assertThat(validator.validate(object(SpecExamples.IPV4).put("id", "ipv4-addr--cd0f996f-f345-4528-9707-45cd63f36ddd")))
                .isEmpty();
    }

    @Test
    void anArtifactHasAPayloadOrAHashedUrl() {
        ObjectNode artifact = object("""
                {"type": "artifact", "id": "artifact--ca17bcf8-9846-4f5f-b2fc-2b8c0b1e3a2d",
                 "payload_bin": "VBORw0KGgoAAAANSUhEUgAAADI==", "url": "https://example.com/a.png"}""");
        assertThat(validator.validate(artifact)).containsExactly(
                error("url", "must not be present when payload_bin is"),
                error("hashes", "is required when url is present"));
    }

    @Test
    void networkTrafficNeedsAnEndpointAndValidPorts() {
        ObjectNode traffic = object("""
                {"type": "network-traffic", "id": "network-traffic--2568d22a-8998-48eb-99ec-3c8ca74f527d",
                 "protocols": ["ipv4", "tcp"], "dst_port": 65536}""");
        assertThat(validator.validate(traffic)).containsExactly(
                error("src_ref", "is required when dst_ref is absent"),
                error("dst_port", "must be an integer from 0 to 65535, not 65536"));
    }

    @Test
    void aFileHasHashesOrAName() {
        ObjectNode file = object("{\"type\": \"file\", \"id\": \"file--5a27d487-c542-4f97-a131-a8866b477b46\", \"size\": 1}");
        assertThat(validator.validate(file)).containsExactly(error("hashes", "is required when name is absent"));
    }
}
