package org.sipar.intel.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.intel.stix.ExpectedFindings.error;
import static org.sipar.intel.stix.ExpectedFindings.warning;
import static org.sipar.support.stix.SpecExamples.object;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sipar.support.stix.SpecExamples;
import tools.jackson.databind.node.ObjectNode;

/** Open vocabularies only warn about other values; closed enumerations reject them. */
class StixVocabularyTest {

    private final StixValidator validator = new StixValidator();

    @Test
    void anUnknownIndicatorTypeIsAWarning() {
        ObjectNode indicator = object(SpecExamples.INDICATOR);
        indicator.putArray("indicator_types").add("malicious-activity").add("c2-beacon");
        assertThat(validator.validate(indicator))
                .containsExactly(warning("indicator_types[1]", "'c2-beacon' is not in the open vocabulary indicator-type-ov"));
    }

    @ParameterizedTest
    @CsvSource({
            "INDICATOR, pattern_type, kql, pattern-type-ov",
            "IDENTITY, identity_class, team, identity-class-ov",
            "LOCATION, region, middle-earth, region-ov"})
    void singleValuedOpenVocabulariesWarn(String fixture, String property, String value, String vocabulary)
            throws ReflectiveOperationException {
        ObjectNode object = object((String) SpecExamples.class.getDeclaredField(fixture).get(null)).put(property, value);
        assertThat(validator.validate(object))
                .containsExactly(warning(property, "'" + value + "' is not in the open vocabulary " + vocabulary));
    }

    @ParameterizedTest
    @CsvSource({
            "IDENTITY, sectors, banking, industry-sector-ov",
            "MALWARE, malware_types, infostealer, malware-type-ov",
            "MALWARE, capabilities, mines-crypto, malware-capabilities-ov"})
    void listValuedOpenVocabulariesWarnPerValue(String fixture, String property, String value, String vocabulary)
            throws ReflectiveOperationException {
        ObjectNode object = object((String) SpecExamples.class.getDeclaredField(fixture).get(null));
        object.putArray(property).add(value);
        assertThat(validator.validate(object))
                .containsExactly(warning(property + "[0]", "'" + value + "' is not in the open vocabulary " + vocabulary));
    }

    @Test
    void errataValuesAreKnown() {
        ObjectNode actor = object("""
                {"type": "threat-actor", "spec_version": "2.1", "id": "threat-actor--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
                 "created": "2016-04-06T20:03:48.000Z", "modified": "2016-04-06T20:03:48.000Z", "name": "Mercenary",
                 "threat_actor_types": ["private-sector", "crime-syndicate"], "sophistication": "expert",
                 "primary_motivation": "personal-gain", "roles": ["agent"]}""");
        assertThat(validator.validate(actor)).isEmpty();
        actor.put("sophistication", "elite");
        assertThat(validator.validate(actor)).containsExactly(
                warning("sophistication", "'elite' is not in the open vocabulary threat-actor-sophistication-ov"));
    }

    @Test
    void anOpinionOutsideTheEnumerationIsAnError() {
        assertThat(validator.validate(object(SpecExamples.OPINION).put("opinion", "maybe"))).containsExactly(error("opinion",
                "'maybe' is not one of the opinion-enum values: strongly-disagree, disagree, neutral, agree, strongly-agree"));
    }

    @Test
    void vocabularyValuesMustBeStrings() {
        assertThat(validator.validate(object(SpecExamples.OPINION).put("opinion", 5)))
                .containsExactly(error("opinion", "must be a string, not 5"));
    }

    @Test
    void artifactEncryptionAlgorithmsAreClosed() {
        ObjectNode artifact = object("""
                {"type": "artifact", "id": "artifact--ca17bcf8-9846-4f5f-b2fc-2b8c0b1e3a2d",
                 "payload_bin": "VBORw0KGgoAAAANSUhEUgAAADI==", "encryption_algorithm": "rot13", "decryption_key": "x"}""");
        assertThat(validator.validate(artifact)).containsExactly(error("encryption_algorithm",
                "'rot13' is not one of the encryption-algorithm-enum values: AES-256-GCM, ChaCha20-Poly1305, mime-type-indicated"));
    }

    @Test
    void extensionPropertiesBelongToTopLevelExtensionsOnly() {
        ObjectNode definition = object("""
                {"id": "extension-definition--71736db5-10db-43d3-b0e3-65cf81601fe1", "type": "extension-definition",
                 "spec_version": "2.1", "name": "Extension Foo 1a", "created": "2014-02-20T09:16:08.989000Z",
                 "modified": "2014-02-20T09:16:08.989000Z", "created_by_ref": "identity--11b76a96-5d2b-45e0-8a5a-f6994f370731",
                 "schema": "https://www.example.com/schema-foo-1a/v1/", "version": "1.2.1",
                 "extension_types": ["toplevel-property-extension"], "extension_properties": ["toxicity", "rank"]}""");
        assertThat(validator.validate(definition)).isEmpty();
        definition.putArray("extension_types").add("property-extension");
        assertThat(validator.validate(definition)).containsExactly(error("extension_properties",
                "must only be used when extension_types includes toplevel-property-extension"));
    }

    @Test
    void extensionDefinitionTypesAreClosed() {
        ObjectNode definition = object("""
                {"id": "extension-definition--9c59fd79-4215-4ba2-920d-3e4f320e1e62", "type": "extension-definition",
                 "spec_version": "2.1", "name": "New SDO 1", "created": "2014-02-20T09:16:08.989000Z",
                 "modified": "2014-02-20T09:16:08.989000Z", "created_by_ref": "identity--11b76a96-5d2b-45e0-8a5a-f6994f370731",
                 "schema": "https://www.example.com/schema-my-favorite-sdo-1/v1/", "version": "1.2.1",
                 "extension_types": ["new-sdo", "new-thing"]}""");
        assertThat(validator.validate(definition)).containsExactly(error("extension_types[1]", "'new-thing' is not one of"
                + " the extension-type-enum values: new-sdo, new-sco, new-sro, property-extension, toplevel-property-extension"));
    }
}
