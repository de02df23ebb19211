package org.sipar.intel.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sipar.support.stix.ReferenceData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses the pattern of every STIX indicator in the MITRE ATT&CK bundles of {@code ../shared/data/attack}.
 * The folder is optional on a bare clone (the test is skipped) but required under CI, as shared/README says.
 */
class PatternAttackBundleTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyIndicatorPatternInTheAttackBundlesParses() throws IOException {
        List<Path> bundles = bundles();
        assertThat(bundles).isNotEmpty();
        int indicators = 0;
        for (Path bundle : bundles) {
            JsonNode root = JSON.readTree(bundle.toFile());
            assertThat(root.path("type").asString()).as(bundle.toString()).isEqualTo("bundle");
            assertThat(root.path("objects").size()).as(bundle.toString()).isPositive();
            for (String pattern : stixPatterns(root)) {
                assertThat(StixPatterns.parse(pattern).paths()).as(pattern).isNotEmpty();
                indicators++;
            }
        }
        // ATT&CK's Enterprise, ICS and Mobile bundles carry no indicators today; the count says what was checked.
        System.out.println("Parsed " + indicators + " indicator patterns in " + bundles.size() + " ATT&CK bundles");
    }

    @Test
    void onlyStixPatternsOfIndicatorsAreTakenFromABundle() {
        JsonNode bundle = JSON.readTree("""
                {"type": "bundle", "objects": [
                  {"type": "indicator", "pattern_type": "stix", "pattern": "[file:name = 'a.exe']"},
                  {"type": "indicator", "pattern": "[ipv4-addr:value = '203.0.113.9']"},
                  {"type": "indicator", "pattern_type": "sigma", "pattern": "title: not STIX"},
                  {"type": "attack-pattern", "name": "Phishing"}]}
                """);
        assertThat(stixPatterns(bundle)).containsExactly("[file:name = 'a.exe']", "[ipv4-addr:value = '203.0.113.9']");
    }

    private static List<String> stixPatterns(JsonNode bundle) {
        List<String> patterns = new ArrayList<>();
        for (JsonNode object : bundle.path("objects")) {
            boolean stixIndicator = object.path("type").asString().equals("indicator")
                    && object.path("pattern_type").asString("stix").equals("stix");
            if (stixIndicator && object.hasNonNull("pattern")) {
                patterns.add(object.path("pattern").asString());
            }
        }
        return patterns;
    }

    private static List<Path> bundles() throws IOException {
        Path folder = attackFolder();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    private static Path attackFolder() {
        return ReferenceData.require("data/attack");
    }
}
