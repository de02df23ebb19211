package org.sipar.intel.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sipar.support.stix.ReferenceData;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** MITRE ATT&CK's own STIX 2.1 bundles, object by object: real content from a major producer must pass. */
class StixAttackBundleTest {

    private static final Set<String> ATTACK_CUSTOM_TYPES = Set.of(
            "x-mitre-tactic", "x-mitre-matrix", "x-mitre-data-source", "x-mitre-data-component", "x-mitre-collection");

    // The parser stands inside the objects array, so the tree reader must not demand the input end there.
    private final ObjectMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private final StixValidator validator = new StixValidator();

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ics-attack-18.1.json, 1826", "mobile-attack-17.1.json, 2148"})
    void everyObjectValidatesWithoutErrors(String file, int objectCount) {
        Tally tally = new Tally();
        assertThat(forEachObject(attackData().resolve(file), tally::add)).isEqualTo(objectCount);
        assertThat(tally.errors).isEmpty();
        assertThat(tally.customTypes).containsAll(ATTACK_CUSTOM_TYPES);
        // The one deviation: ATT&CK for ICS ships five data components with an empty x_mitre_data_source_ref.
        assertThat(tally.warnings).allMatch(warning -> warning.equals(
                "x_mitre_data_source_ref: '' is named as a reference but is not an identifier"));
    }

    /** What the validator found across a bundle. */
    private final class Tally {
        private final List<String> errors = new ArrayList<>();
        private final Set<String> warnings = new TreeSet<>();
        private final Set<String> customTypes = new TreeSet<>();

        void add(JsonNode object) {
            for (Finding finding : validator.validate(object)) {
                if (finding.severity() == Finding.Severity.ERROR) {
                    errors.add(object.path("id").asString() + " " + finding.property() + ": " + finding.message());
                } else {
                    warnings.add(finding.property() + ": " + finding.message());
                }
            }
            if (StixKind.of(object.path("type").asString()) instanceof StixKind.Custom custom) {
                customTypes.add(custom.typeName());
            }
        }
    }

    /** Streams the bundle's objects array, one object tree at a time, and returns how many there were. */
    private int forEachObject(Path bundle, Consumer<JsonNode> action) {
        int count = 0;
        try (JsonParser parser = json.createParser(bundle)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                fail(bundle + " is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (!"objects".equals(name)) {
                    parser.skipChildren();
                    continue;
                }
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    action.accept(json.readTree(parser));
                    count++;
                }
            }
        }
        return count;
    }

    /** The ATT&CK bundles of the shared reference data; skipped locally, failed under CI, when absent. */
    private static Path attackData() {
        return ReferenceData.require("data/attack");
    }
}
