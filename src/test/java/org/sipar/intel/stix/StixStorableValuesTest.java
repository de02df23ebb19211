package org.sipar.intel.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.intel.stix.ExpectedFindings.error;
import static org.sipar.support.stix.SpecExamples.object;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sipar.support.stix.SpecExamples;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Values that PostgreSQL or a JSON round trip would refuse or change are named rejections, wherever they sit. */
class StixStorableValuesTest {

    private final StixValidator validator = new StixValidator();

    @Test
    void anEmptyObjectIsRejectedForItsMissingTypeAndId() {
        assertThat(validator.validate(JsonNodeFactory.instance.objectNode())).containsExactly(
                error("type", "is required on every STIX object"), error("id", "is required on every STIX object"));
    }

    @Test
    void aNulCharacterInAStringIsRejectedAtItsPath() {
        ObjectNode identity = object(SpecExamples.IDENTITY);
        identity.putArray("external_references").addObject().put("source_name", "acme").put("url", "https://x.example/\u0000");
        assertThat(validator.validate(identity)).contains(error("external_references[0].url",
                "the value contains a NUL character (U+0000) at index 18, which PostgreSQL cannot store"));
    }

    @Test
    void aNulCharacterInAPropertyNameIsRejectedAndEscapedInTheFinding() {
        ObjectNode custom = object(SpecExamples.CUSTOM);
        custom.putObject("x_acme_data").put("ke\u0000y", 1);
        assertThat(validator.validate(custom)).contains(error("x_acme_data.ke\\u0000y",
                "the property name contains a NUL character (U+0000) at index 2, which PostgreSQL cannot store"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD800", "a\uDC00", "\uDBFF\uDBFF\uDC00x"})
    void anUnpairedSurrogateIsRejected(String text) {
        ObjectNode identity = object(SpecExamples.IDENTITY).put("description", text);
        assertThat(validator.validate(identity)).singleElement().satisfies(finding -> {
            assertThat(finding.property()).isEqualTo("description");
            assertThat(finding.message()).contains("contains an unpaired UTF-16 surrogate \\u");
        });
    }

    @Test
    void aWellFormedSurrogatePairIsFine() {
        assertThat(validator.validate(object(SpecExamples.IDENTITY).put("description", "Emoji \uD83D\uDE00 ok"))).isEmpty();
    }

    @Test
    void aNumberBeyondADoubleIsRejected() {
        ObjectNode custom = (ObjectNode) JsonMapper.shared().readTree(SpecExamples.CUSTOM.replace("\"blue\"", "1e400"));
        assertThat(validator.validate(custom)).singleElement().satisfies(finding -> {
            assertThat(finding.property()).isEqualTo("x_acme_colour");
            assertThat(finding.message()).contains("does not fit an IEEE 754 double");
        });
        ObjectNode big = (ObjectNode) JsonMapper.shared().readTree(SpecExamples.CUSTOM.replace("\"blue\"", "1" + "0".repeat(400)));
        assertThat(validator.validate(big)).extracting(Finding::property).containsExactly("x_acme_colour");
    }

    @Test
    void aLargeButFiniteNumberIsKept() {
        ObjectNode custom = (ObjectNode) JsonMapper.shared().readTree(SpecExamples.CUSTOM.replace("\"blue\"", "1e300"));
        assertThat(validator.validate(custom)).isEmpty();
    }

    @Test
    void yearZeroIsRejectedBecauseTimestamptzHasNoYearZero() {
        ObjectNode indicator = object(SpecExamples.INDICATOR).put("valid_from", "0000-01-01T00:00:00Z");
        assertThat(validator.validate(indicator)).containsExactly(error("valid_from",
                "'0000-01-01T00:00:00Z' is in year 0000; timestamps must lie in years 0001 to 9999"));
        assertThat(validator.validate(indicator.put("valid_from", "0001-01-01T00:00:00Z"))).isEmpty();
    }

    @Test
    void manyBadValuesAreListedUpToALimit() {
        ObjectNode custom = object(SpecExamples.CUSTOM);
        for (int i = 0; i < 30; i++) {
            custom.put("x_acme_" + i, "\u0000");
        }
        assertThat(validator.validate(custom)).hasSize(21).last()
                .isEqualTo(error("x_acme_20", "and more such values; only the first 20 are listed"));
    }
}
