package org.sipar.intel.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.intel.stix.ExpectedFindings.error;
import static org.sipar.support.stix.SpecExamples.object;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sipar.support.stix.SpecExamples;
import tools.jackson.databind.node.ObjectNode;

/** Identifiers: type--UUID, the prefix being the object's own type and the UUID an RFC 4122 one. */
class StixIdentifierTest {

    private final StixValidator validator = new StixValidator();

    @Test
    void theIdPrefixMustBeTheObjectsType() {
        ObjectNode indicator = object(SpecExamples.INDICATOR).put("id", "malware--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f");
        assertThat(validator.validate(indicator))
                .containsExactly(error("id", "prefix 'malware' differs from the object's type 'indicator'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"indicator-8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", "indicator--8e2e2d2b17d44cbf938f98ee46b3cd3f",
            "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3g", "indicator--"})
    void theIdMustBeTypeDashDashUuid(String id) {
        assertThat(validator.validate(object(SpecExamples.INDICATOR).put("id", id)))
                .containsExactly(error("id", "'" + id + "' is not an identifier of the form type--UUID"));
    }

    @Test
    void theUuidMustBeRfc4122InVariantAndVersion() {
        String ncsVariant = "indicator--8e2e2d2b-17d4-4cbf-738f-98ee46b3cd3f";
        assertThat(validator.validate(object(SpecExamples.INDICATOR).put("id", ncsVariant))).containsExactly(error("id",
                "UUID '8e2e2d2b-17d4-4cbf-738f-98ee46b3cd3f' is not an RFC 4122 UUID: its variant bits are not 10"));
        String versionZero = "indicator--8e2e2d2b-17d4-0cbf-938f-98ee46b3cd3f";
        assertThat(validator.validate(object(SpecExamples.INDICATOR).put("id", versionZero))).containsExactly(error("id",
                "UUID '8e2e2d2b-17d4-0cbf-938f-98ee46b3cd3f' has version 0, which RFC 4122 does not define"));
    }

    @Test
    void uuidsOfVersions1To5AreAcceptedInEitherCase() {
        assertThat(validator.validate(object(SpecExamples.INDICATOR).put("id", "indicator--8E2E2D2B-17D4-1CBF-B38F-98EE46B3CD3F")))
                .isEmpty();
        assertThat(validator.validate(object(SpecExamples.INDICATOR).put("id", "indicator--8e2e2d2b-17d4-5cbf-a38f-98ee46b3cd3f")))
                .isEmpty();
    }

    @Test
    void aScoWithoutContributingPropertiesMayUseAnyUuid4() {
        assertThat(validator.validate(object("{\"type\": \"process\", \"id\": \"process--f52a906a-0dfc-40bd-92f1-e7778ead38a9\","
                + " \"pid\": 1221}"))).isEmpty();
    }
}
