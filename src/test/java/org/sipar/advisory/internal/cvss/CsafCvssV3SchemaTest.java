package org.sipar.advisory.internal.cvss;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sipar.support.stix.ReferenceData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CSAF {@code cvss_v3} object of every NVD vector passes FIRST's JSON schema of its version (CSAF test 6.1.8)
 * and carries the vector's base score, severity (6.1.9) and every base metric as the vector has it (6.1.10).
 */
class CsafCvssV3SchemaTest {

    private static final List<String> BASE_PROPERTIES = List.of("attackVector", "attackComplexity",
            "privilegesRequired", "userInteraction", "scope", "confidentialityImpact", "integrityImpact",
            "availabilityImpact");

    @Test
    void everyNvdVectorGivesAnObjectThatFirstsSchemaAccepts() throws IOException {
        Path schemas = ReferenceData.require("data/cvss/schemas");
        Schema v31 = schema(schemas.resolve("cvss-v3.1.json"), SpecificationVersion.DRAFT_7);
        Schema v30 = schema(schemas.resolve("cvss-v3.0.json"), SpecificationVersion.DRAFT_4);
        List<String> errors = new ArrayList<>();
        List<NvdPairs> pairs = new ArrayList<>(NvdPairs.of("31"));
        pairs.addAll(NvdPairs.of("30"));
        for (NvdPairs pair : pairs) {
            Cvss31 score = (Cvss31) Cvss.parse(pair.vector());
            JsonNode object = JsonMapper.shared().valueToTree(score.csafCvssV3());
            (score.version().equals("3.1") ? v31 : v30).validate(object)
                    .forEach(error -> errors.add(pair.vector() + ": " + error));
            assertThat(object.propertyNames()).containsAll(BASE_PROPERTIES);
            assertThat(object.path("baseScore").decimalValue()).isEqualByComparingTo(pair.score());
            assertThat(object.path("baseSeverity").asString()).isEqualTo(pair.severity());
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void theObjectsMetricsAgreeWithItsVector() {
        Cvss31 score = (Cvss31) Cvss.parse("CVSS:3.1/AV:A/AC:H/PR:L/UI:R/S:C/C:L/I:N/A:H/E:P/MAV:N");
        assertThat(score.csafCvssV3()).containsExactly(Map.entry("version", "3.1"),
                Map.entry("vectorString", "CVSS:3.1/AV:A/AC:H/PR:L/UI:R/S:C/C:L/I:N/A:H/E:P/MAV:N"),
                Map.entry("attackVector", "ADJACENT_NETWORK"), Map.entry("attackComplexity", "HIGH"),
                Map.entry("privilegesRequired", "LOW"), Map.entry("userInteraction", "REQUIRED"),
                Map.entry("scope", "CHANGED"), Map.entry("confidentialityImpact", "LOW"),
                Map.entry("integrityImpact", "NONE"), Map.entry("availabilityImpact", "HIGH"),
                Map.entry("baseScore", score.baseScore()), Map.entry("baseSeverity", score.severity().name()));
        assertThat(score.baseScore()).hasToString("6.2"); // 1.08 × (4.7174 + 0.9454), rounded up
    }

    private static Schema schema(Path file, SpecificationVersion version) throws IOException {
        return SchemaRegistry.withDefaultDialect(version).getSchema(Files.readString(file));
    }
}
