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

/** Embedded relationships must point at the types the specification allows. */
class StixReferencesTest {

    private static final String MALWARE_ID = "malware--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061";

    private final StixValidator validator = new StixValidator();

    @Test
    void createdByRefPointsAtAnIdentity() {
        assertThat(validator.validate(object(SpecExamples.INDICATOR).put("created_by_ref", MALWARE_ID)))
                .containsExactly(error("created_by_ref", "must reference identity, not '" + MALWARE_ID + "'"));
    }

    @Test
    void objectMarkingRefsPointAtMarkingDefinitions() {
        ObjectNode indicator = object(SpecExamples.INDICATOR);
        indicator.putArray("object_marking_refs").add("marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da")
                .add("identity--f431f809-377b-45e0-aa1c-6a4751cae5ff");
        assertThat(validator.validate(indicator)).containsExactly(error("object_marking_refs[1]",
                "must reference marking-definition, not 'identity--f431f809-377b-45e0-aa1c-6a4751cae5ff'"));
    }

    @Test
    void referencesMustBeIdentifiersInTheRightShape() {
        assertThat(validator.validate(object(SpecExamples.INDICATOR).put("created_by_ref", "identity-f431f809")))
                .containsExactly(error("created_by_ref", "'identity-f431f809' is not an identifier of the form type--UUID"));
        assertThat(validator.validate(object(SpecExamples.INDICATOR)
                .put("object_marking_refs", "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da")))
                .containsExactly(error("object_marking_refs", "must be a list of identifiers"));
    }

    @ParameterizedTest
    @CsvSource({
            "sighting_of_ref, relationship--57b56a43-b8b0-4cba-9deb-34e3e1faed9e, an SDO",
            "sighting_of_ref, ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4, an SDO",
            "sighting_of_ref, marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da, an SDO"})
    void sightingOfRefPointsAtAnSdo(String property, String target, String allowed) {
        assertThat(validator.validate(object(SpecExamples.SIGHTING).put(property, target)))
                .containsExactly(error(property, "must reference " + allowed + ", not '" + target + "'"));
    }

    @Test
    void sightingsMayBeOfCustomSdos() {
        String custom = "x-acme-widget--4527e5de-8572-446a-a57a-706f15467461";
        assertThat(validator.validate(object(SpecExamples.SIGHTING).put("sighting_of_ref", custom))).isEmpty();
    }

    @Test
    void whereSightedRefsPointAtIdentitiesOrLocations() {
        ObjectNode sighting = object(SpecExamples.SIGHTING);
        sighting.putArray("where_sighted_refs").add("location--a6e9345f-5a15-4c29-8bb3-7dcc5d168d64").add(MALWARE_ID);
        assertThat(validator.validate(sighting)).containsExactly(
                error("where_sighted_refs[1]", "must reference identity or location, not '" + MALWARE_ID + "'"));
    }

    @Test
    void observedDataRefsPointAtObservedData() {
        ObjectNode sighting = object(SpecExamples.SIGHTING);
        sighting.putArray("observed_data_refs").add("indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f");
        assertThat(validator.validate(sighting)).containsExactly(error("observed_data_refs[0]",
                "must reference observed-data, not 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f'"));
    }

    @ParameterizedTest
    @CsvSource({"source_ref, sighting--ee20065d-2555-424f-ad9e-0f8428623c75",
            "target_ref, relationship--16d2358f-3b0d-4c88-b047-0da2f7ed4471",
            "target_ref, marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"})
    void relationshipsConnectSdosAndScosNotSros(String property, String target) {
        assertThat(validator.validate(object(SpecExamples.RELATIONSHIP).put(property, target)))
                .containsExactly(error(property, "must reference an SDO or SCO, not '" + target + "'"));
    }

    @Test
    void relationshipsMayConnectScosAndCustomObjects() {
        ObjectNode relationship = object(SpecExamples.RELATIONSHIP).put("relationship_type", "detects")
                .put("source_ref", "x-mitre-data-component--3d20385b-24ef-40e1-9f56-f39750379077")
                .put("target_ref", "ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4");
        assertThat(validator.validate(relationship)).isEmpty();
    }

    @Test
    void malwareSamplesAreFilesOrArtifacts() {
        ObjectNode malware = object(SpecExamples.MALWARE);
        malware.putArray("sample_refs").add("file--7d1e3a18-89e7-5bc5-be36-9879f5b7f5c8")
                .add("ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4");
        assertThat(validator.validate(malware)).containsExactly(error("sample_refs[1]",
                "must reference file or artifact, not 'ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4'"));
    }

    @Test
    void observedDataRefersToScosAndSrosOnly() {
        ObjectNode observed = object(SpecExamples.OBSERVED_DATA);
        observed.withArrayProperty("object_refs").add("relationship--16d2358f-3b0d-4c88-b047-0da2f7ed4471").add(MALWARE_ID);
        assertThat(validator.validate(observed))
                .containsExactly(error("object_refs[2]", "must reference an SCO or SRO, not '" + MALWARE_ID + "'"));
    }

    @Test
    void scoReferencesAreTypedToo() {
        ObjectNode traffic = object("""
                {"type": "network-traffic", "id": "network-traffic--2568d22a-8998-48eb-99ec-3c8ca74f527d",
                 "src_ref": "ipv4-addr--4d22aae0-2bf9-5427-8819-e4f6abf20a53", "dst_ref": "url--c1477287-23ac-5971-a010-5c287877fa60",
                 "protocols": ["tcp"]}""");
        assertThat(validator.validate(traffic)).containsExactly(error("dst_ref",
                "must reference ipv4-addr or ipv6-addr or mac-addr or domain-name, not"
                        + " 'url--c1477287-23ac-5971-a010-5c287877fa60'"));
    }

    @Test
    void customReferencePropertiesThatHoldNoIdentifierOnlyWarn() {
        assertThat(validator.validate(object(SpecExamples.CUSTOM).put("x_acme_owner_ref", "")))
                .containsExactly(warning("x_acme_owner_ref", "'' is named as a reference but is not an identifier"));
    }
}
