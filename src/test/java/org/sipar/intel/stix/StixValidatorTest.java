package org.sipar.intel.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.intel.stix.ExpectedFindings.error;
import static org.sipar.support.stix.SpecExamples.object;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sipar.support.stix.SpecExamples;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The object-level rules: types, required properties, identifiers and spec_version. */
class StixValidatorTest {

    private final StixValidator validator = new StixValidator();

    @ParameterizedTest
    @ValueSource(strings = {SpecExamples.INDICATOR, SpecExamples.MALWARE, SpecExamples.IDENTITY, SpecExamples.RELATIONSHIP,
            SpecExamples.SIGHTING, SpecExamples.OPINION, SpecExamples.OBSERVED_DATA, SpecExamples.LOCATION, SpecExamples.TLP_GREEN,
            SpecExamples.IPV4, SpecExamples.CUSTOM})
    void theSpecificationsExamplesConform(String json) {
        assertThat(validator.validate(object(json))).isEmpty();
    }

    @Test
    void anythingButAJsonObjectIsRejected() {
        assertThat(validator.validate(JsonNodeFactory.instance.arrayNode().add(1)))
                .containsExactly(error("", "a STIX object must be a JSON object, not [1]"));
    }

    @Test
    void withoutATypeNothingElseCanBeChecked() {
        ObjectNode indicator = object(SpecExamples.INDICATOR);
        indicator.remove("type");
        assertThat(validator.validate(indicator)).containsExactly(error("type", "is required on every STIX object"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Indicator", "ab", "x--acme", "1-widget", "x_acme"})
    void typeNamesFollowTheNamingRule(String type) {
        ObjectNode custom = object(SpecExamples.CUSTOM).put("type", type);
        assertThat(validator.validate(custom)).containsExactly(error("type", "'" + type + "' breaks the type-name"
                + " rule: 3-250 characters of a-z, 0-9 and single hyphens, starting with a letter"));
    }

    @Test
    void customTypesAreKeptAndNeedOnlyTypeAndId() {
        ObjectNode custom = object("{\"type\": \"x-mitre-tactic\", \"id\": \"x-mitre-tactic--2fc04aa5-48c1-49ec-919a-b88241ef1d17\"}");
        assertThat(validator.validate(custom)).isEmpty();
        custom.remove("id");
        assertThat(validator.validate(custom)).containsExactly(error("id", "is required on x-mitre-tactic objects"));
    }

    @ParameterizedTest
    @CsvSource({
            "INDICATOR, created", "INDICATOR, modified", "INDICATOR, id", "INDICATOR, spec_version",
            "INDICATOR, pattern", "INDICATOR, pattern_type", "INDICATOR, valid_from",
            "RELATIONSHIP, relationship_type", "RELATIONSHIP, source_ref", "RELATIONSHIP, target_ref",
            "SIGHTING, sighting_of_ref", "IDENTITY, name", "MALWARE, is_family", "OPINION, opinion",
            "OPINION, object_refs", "OBSERVED_DATA, number_observed", "TLP_GREEN, created", "IPV4, value"})
    void requiredPropertiesMustBePresent(String fixture, String property) throws ReflectiveOperationException {
        ObjectNode object = object((String) SpecExamples.class.getDeclaredField(fixture).get(null));
        String type = object.get("type").asString();
        object.remove(property);
        assertThat(validator.validate(object)).contains(error(property, "is required on " + type + " objects"));
    }

    @Test
    void scosMayOmitSpecVersionButSdosMayNot() {
        ObjectNode ipv4 = object(SpecExamples.IPV4);
        ipv4.remove("spec_version");
        assertThat(validator.validate(ipv4)).isEmpty();
        assertThat(validator.validate(object(SpecExamples.IPV4).put("spec_version", "2.0"))).containsExactly(
                error("spec_version", "must be '2.1' for STIX 2.1 ipv4-addr objects, not '2.0'"));
        assertThat(validator.validate(object(SpecExamples.INDICATOR).put("spec_version", "2.0"))).containsExactly(
                error("spec_version", "must be '2.1' for STIX 2.1 indicator objects, not '2.0'; upgrade 2.0 content first"));
    }

    @Test
    void propertyNamesFollowTheNamingRule() {
        ObjectNode indicator = object(SpecExamples.INDICATOR).put("Severity", "high").put("xy", 1);
        assertThat(validator.validate(indicator)).containsExactly(
                error("Severity", "property names are 3-250 characters of a-z, 0-9 and underscore, starting with a letter"),
                error("xy", "property names are 3-250 characters of a-z, 0-9 and underscore, starting with a letter"));
    }

    @Test
    void aBundleIsNoObjectToValidate() {
        assertThat(validator.validate(object("{\"type\": \"bundle\", \"id\": \"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d\"}")))
                .containsExactly(error("type", "a bundle is a container, not a STIX object; validate its objects one by one"));
    }

    @Test
    void revokedAndLabelsHaveTheirCommonTypes() {
        ObjectNode indicator = object(SpecExamples.INDICATOR).put("revoked", "no");
        indicator.putArray("labels").add("apt").add(3);
        assertThat(validator.validate(indicator)).containsExactly(
                error("revoked", "must be a boolean, not 'no'"),
                error("labels", "must be a list of strings, not [\"apt\",3]"));
    }

    @Test
    void listsMustNotBeEmpty() {
        ObjectNode indicator = object(SpecExamples.INDICATOR);
        indicator.putArray("labels");
        assertThat(validator.validate(indicator))
                .containsExactly(error("labels", "lists must not be empty; omit the property instead"));
    }

    @Test
    void onlyScosMayBeDefanged() {
        assertThat(validator.validate(object(SpecExamples.INDICATOR).put("defanged", true)))
                .containsExactly(error("defanged", "must not be used on indicator objects, only on SCOs"));
        assertThat(validator.validate(object(SpecExamples.IPV4).put("defanged", true))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"101, 101", "-1, -1", "50.5, 50.5", "'\"high\"', '''high'''"})
    void confidenceIsAnIntegerFrom0To100(String raw, String shown) {
        ObjectNode indicator = object(SpecExamples.INDICATOR.replace("\"name\":", "\"confidence\": " + raw + ", \"name\":"));
        assertThat(validator.validate(indicator))
                .containsExactly(error("confidence", "must be an integer from 0 to 100, not " + shown));
        assertThat(validator.validate(object(SpecExamples.INDICATOR).put("confidence", 0))).isEmpty();
        assertThat(validator.validate(object(SpecExamples.INDICATOR).put("confidence", 100))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"en, true", "de-CH, true", "zh-Hant-TW, true", "sr-Latn-RS, true", "ur-PK, true", "x-klingon, true",
            "en--US, false", "en_US, false", "e, false", "en-, false"})
    void langIsAnRfc5646Tag(String lang, boolean valid) {
        ObjectNode indicator = object(SpecExamples.INDICATOR).put("lang", lang);
        if (valid) {
            assertThat(validator.validate(indicator)).isEmpty();
        } else {
            assertThat(validator.validate(indicator))
                    .containsExactly(error("lang", "'" + lang + "' is not an RFC 5646 language tag"));
        }
    }
}
