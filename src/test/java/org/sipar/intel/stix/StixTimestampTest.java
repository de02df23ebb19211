package org.sipar.intel.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.intel.stix.ExpectedFindings.error;
import static org.sipar.support.stix.SpecExamples.object;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sipar.support.stix.SpecExamples;
import tools.jackson.databind.node.ObjectNode;

/** Timestamps: RFC 3339 in UTC with Z, millisecond created/modified, and the orders between them. */
class StixTimestampTest {

    private final StixValidator validator = new StixValidator();

    @ParameterizedTest
    @ValueSource(strings = {"2016-01-01 00:00:00Z", "2016-01-01T00:00:00+01:00", "2016-01-01T00:00:00",
            "2016-02-30T00:00:00Z", "2016-01-01T24:00:00Z", "2016-01-01T00:00:00.Z", "16-01-01T00:00:00Z"})
    void timestampsAreRfc3339InUtcWithZ(String timestamp) {
        assertThat(validator.validate(object(SpecExamples.INDICATOR).put("valid_from", timestamp))).containsExactly(
                error("valid_from", "'" + timestamp + "' is not an RFC 3339 timestamp in UTC ending in 'Z'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2016-01-01T00:00:00Z", "2016-01-01T00:00:00.1Z", "2016-12-31T23:59:60Z",
            "2016-01-01T00:00:00.123456789012Z"})
    void anyPrecisionIsAcceptedWhereMillisecondsAreNotRequired(String timestamp) {
        assertThat(validator.validate(object(SpecExamples.INDICATOR).put("valid_from", timestamp))).isEmpty();
    }

    @Test
    void createdAndModifiedNeedAtLeastMilliseconds() {
        ObjectNode indicator = object(SpecExamples.INDICATOR)
                .put("created", "2016-04-06T20:03:48Z").put("modified", "2016-04-06T20:03:48.1Z");
        assertThat(validator.validate(indicator)).containsExactly(
                error("created", "'2016-04-06T20:03:48Z' must be precise to at least milliseconds"),
                error("modified", "'2016-04-06T20:03:48.1Z' must be precise to at least milliseconds"));
        indicator.put("created", "2016-04-06T20:03:48.000001Z").put("modified", "2016-04-06T20:03:48.000001Z");
        assertThat(validator.validate(indicator)).isEmpty();
    }

    @Test
    void modifiedIsNotBeforeCreatedWhateverThePrecision() {
        ObjectNode indicator = object(SpecExamples.INDICATOR)
                .put("created", "2016-04-06T20:03:48.1000Z").put("modified", "2016-04-06T20:03:48.099Z");
        assertThat(validator.validate(indicator)).containsExactly(
                error("modified", "'2016-04-06T20:03:48.099Z' is before created '2016-04-06T20:03:48.1000Z'"));
        indicator.put("modified", "2016-04-06T20:03:48.100Z");
        assertThat(validator.validate(indicator)).isEmpty();
    }

    @Test
    void validUntilMustBeLaterThanValidFrom() {
        ObjectNode indicator = object(SpecExamples.INDICATOR).put("valid_until", "2016-01-01T00:00:00.000Z");
        assertThat(validator.validate(indicator)).containsExactly(error("valid_until",
                "'2016-01-01T00:00:00.000Z' must be later than valid_from '2016-01-01T00:00:00Z'"));
        indicator.put("valid_until", "2016-01-01T00:00:00.001Z");
        assertThat(validator.validate(indicator)).isEmpty();
    }

    @Test
    void lastSeenIsNotBeforeFirstSeen() {
        ObjectNode sighting = object(SpecExamples.SIGHTING).put("last_seen", "2015-12-21T18:59:59.999Z");
        assertThat(validator.validate(sighting)).containsExactly(
                error("last_seen", "'2015-12-21T18:59:59.999Z' is before first_seen '2015-12-21T19:00:00Z'"));
    }

    @Test
    void stopTimeMustBeLaterThanStartTime() {
        ObjectNode relationship = object(SpecExamples.RELATIONSHIP)
                .put("start_time", "2016-01-01T00:00:00Z").put("stop_time", "2016-01-01T00:00:00Z");
        assertThat(validator.validate(relationship)).containsExactly(
                error("stop_time", "'2016-01-01T00:00:00Z' must be later than start_time '2016-01-01T00:00:00Z'"));
    }

    @Test
    void timestampsMustBeStrings() {
        ObjectNode report = object(SpecExamples.OBSERVED_DATA).put("first_observed", 1450724400);
        assertThat(validator.validate(report)).containsExactly(
                error("first_observed", "1450724400 is not an RFC 3339 timestamp in UTC ending in 'Z'"));
    }
}
