package org.sipar.intel.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.intel.stix.ExpectedFindings.error;
import static org.sipar.support.stix.SpecExamples.object;

import org.junit.jupiter.api.Test;
import org.sipar.support.stix.SpecExamples;
import tools.jackson.databind.node.ObjectNode;

/** External references, kill chain phases, granular markings and extension types. */
class StixEmbeddedTypesTest {

    private final StixValidator validator = new StixValidator();

    private ObjectNode indicatorWith(String property, String json) {
        return (ObjectNode) object(SpecExamples.INDICATOR).set(property, object("{\"v\": " + json + "}").get("v"));
    }

    @Test
    void externalReferencesNeedASourceName() {
        ObjectNode indicator = indicatorWith("external_references", "[{\"url\": \"https://example.com/report\"}]");
        assertThat(validator.validate(indicator)).containsExactly(error("external_references[0].source_name", "is required"));
        indicator = indicatorWith("external_references",
                "[{\"source_name\": \"ACME\", \"url\": \"https://example.com/report\"}]");
        assertThat(validator.validate(indicator)).isEmpty();
    }

    @Test
    void externalReferencesNeedMoreThanASourceName() {
        ObjectNode indicator = indicatorWith("external_references", "[{\"source_name\": \"ACME Threat Intel\"}]");
        assertThat(validator.validate(indicator)).containsExactly(error("external_references[0]",
                "needs at least one of description, url or external_id besides source_name"));
    }

    @Test
    void cveAndCapecReferencesCarryWellFormedIds() {
        ObjectNode indicator = indicatorWith("external_references",
                "[{\"source_name\": \"capec\", \"external_id\": \"CAPEC-550\"},"
                        + " {\"source_name\": \"cve\", \"external_id\": \"CVE-16-1234\"}]");
        assertThat(validator.validate(indicator)).containsExactly(error("external_references[1].external_id",
                "a cve reference needs an external_id like CVE-2016-1234, not 'CVE-16-1234'"));
    }

    @Test
    void killChainPhasesNeedBothNames() {
        ObjectNode indicator = indicatorWith("kill_chain_phases",
                "[{\"kill_chain_name\": \"lockheed-martin-cyber-kill-chain\", \"phase_name\": \"reconnaissance\"},"
                        + " {\"kill_chain_name\": \"mitre-attack\"}]");
        assertThat(validator.validate(indicator)).containsExactly(error("kill_chain_phases[1].phase_name", "is required"));
    }

    @Test
    void granularMarkingsSelectPresentContent() {
        ObjectNode indicator = indicatorWith("granular_markings", "[{\"marking_ref\":"
                + " \"marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da\", \"selectors\": [\"name\", \"indicator_types.[0]\"]}]");
        assertThat(validator.validate(indicator)).isEmpty();
        indicator = indicatorWith("granular_markings", "[{\"marking_ref\":"
                + " \"marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da\", \"selectors\": [\"description\"]}]");
        assertThat(validator.validate(indicator)).containsExactly(
                error("granular_markings[0].selectors", "'description' selects nothing present on the object"));
    }

    @Test
    void granularMarkingSelectorsMustBeANonEmptyList() {
        ObjectNode indicator = indicatorWith("granular_markings",
                "[{\"marking_ref\": \"marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da\", \"selectors\": []}]");
        assertThat(validator.validate(indicator)).containsExactly(error("granular_markings[0].selectors",
                "must be a non-empty list of non-empty selector strings"));
    }

    @Test
    void granularMarkingsCarryEitherAMarkingOrALanguage() {
        ObjectNode both = indicatorWith("granular_markings", "[{\"marking_ref\":"
                + " \"marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da\", \"lang\": \"de\", \"selectors\": [\"name\"]}]");
        assertThat(validator.validate(both))
                .containsExactly(error("granular_markings[0]", "needs exactly one of marking_ref and lang"));
        ObjectNode language = indicatorWith("granular_markings", "[{\"lang\": \"de\", \"selectors\": [\"name\"]}]");
        assertThat(validator.validate(language)).isEmpty();
        ObjectNode wrongTarget = indicatorWith("granular_markings", "[{\"marking_ref\":"
                + " \"identity--f431f809-377b-45e0-aa1c-6a4751cae5ff\", \"selectors\": [\"name\"]}]");
        assertThat(validator.validate(wrongTarget)).containsExactly(error("granular_markings[0].marking_ref",
                "must reference marking-definition, not 'identity--f431f809-377b-45e0-aa1c-6a4751cae5ff'"));
    }

    @Test
    void extensionTypesComeFromTheClosedEnumeration() {
        ObjectNode indicator = indicatorWith("extensions", "{\"extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e\":"
                + " {\"extension_type\": \"property-extension\", \"rank\": 5}}");
        assertThat(validator.validate(indicator)).isEmpty();
        indicator = indicatorWith("extensions", "{\"extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e\":"
                + " {\"extension_type\": \"property\", \"rank\": 5}}");
        assertThat(validator.validate(indicator)).containsExactly(error(
                "extensions.extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e.extension_type",
                "'property' is not one of the extension-type-enum values: new-sdo, new-sco, new-sro,"
                        + " property-extension, toplevel-property-extension"));
    }
}
