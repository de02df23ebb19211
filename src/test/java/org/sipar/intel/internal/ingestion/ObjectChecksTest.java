package org.sipar.intel.internal.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** What ObjectChecks adds to the validator: kept warnings, the pattern, and the limits of the store. */
class ObjectChecksTest {

    private static final String IDENTITY = """
            {"type": "identity", "spec_version": "2.1", "id": "identity--023d105b-752e-4e3c-941c-7d3f3cb15e9e",
             "created": "2016-04-06T20:03:00.000Z", "modified": "2016-04-06T20:03:00.000Z",
             "name": "John Smith", "identity_class": "individual"}""";

    private final ObjectChecks checks = new ObjectChecks();

    private static ObjectNode identity() {
        return (ObjectNode) JsonMapper.shared().readTree(IDENTITY);
    }

    @Test
    void warningsAreKeptAsPropertyAndMessage() {
        ObjectChecks.Outcome outcome = checks.check(identity().put("identity_class", "robot"));
        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.warnings()).containsExactly("identity_class: 'robot' is not in the open vocabulary identity-class-ov");
    }

    @Test
    void searchTextOverTheTsvectorLimitIsRejectedNamingTheLimit() {
        ObjectNode big = identity().put("description", "word ".repeat(200_001));
        assertThat(checks.check(big).errors()).singleElement().asString()
                .startsWith("name, description, value: together 1000017 UTF-8 bytes")
                .endsWith("over the limit of 1000000 bytes (a PostgreSQL tsvector holds at most 1048575)");
    }

    @Test
    void searchTextOfManyDistinctWordsIsRejectedBelowTheByteLimit() {
        StringBuilder words = new StringBuilder();
        for (int i = 0; words.length() < 400_000; i++) {
            words.append(Integer.toString(i, 36)).append(' ');
        }
        assertThat(checks.check(identity().put("description", words.toString())).errors()).singleElement().asString()
                .contains("bytes as a search vector, over the limit of 1000000 bytes");
    }

    @Test
    void longButOrdinarySearchTextIsFine() {
        assertThat(checks.check(identity().put("description", "a long report. ".repeat(40_000))).errors()).isEmpty();
    }

    @Test
    void aRejectedPatternIsNamedAndStorable() {
        ObjectNode indicator = (ObjectNode) JsonMapper.shared().readTree("""
                {"type": "indicator", "spec_version": "2.1", "id": "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
                 "created": "2016-04-06T20:03:48.000Z", "modified": "2016-04-06T20:03:48.000Z",
                 "pattern": "[file:name = 'a'", "pattern_type": "stix", "valid_from": "2016-01-01T00:00:00Z"}""");
        assertThat(checks.check(indicator).errors()).singleElement().asString().startsWith("pattern: ");
        assertThat(checks.check(indicator.put("pattern", "[file:name = '\u0000'")).errors())
                .allSatisfy(error -> assertThat(error).doesNotContain("\u0000"));
    }
}
