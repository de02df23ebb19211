package org.sipar.detect.internal.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sipar.intel.pattern.StixPatterns;

/**
 * Every pattern of intel's positive corpus (the spec's examples and realistic patterns for the other constructs)
 * compiles and evaluates, against an empty observation and against one with objects of every type the corpus
 * names, without an exception and with a decided answer. (The shared STIX data holds no indicator bundles, so
 * this corpus stands in for them.)
 */
class CorpusRobustnessTest {

    private static final String CORPUS = "/org/sipar/intel/pattern/spec-examples.txt";

    @Test
    void everyCorpusPatternEvaluatesToADecidedAnswer() throws IOException {
        List<String> patterns = corpus();
        Observation empty = Fixtures.at("observed-data--empty", 0, "{}");
        Observation crowded = Fixtures.at("observed-data--crowded", 0, crowdedObjects(patterns));

        assertThat(patterns).hasSizeGreaterThan(30);
        for (String pattern : patterns) {
            CompiledPattern compiled = PatternEvaluator.compile(StixPatterns.parse(pattern));
            assertThat(compiled.match(List.of(empty)).outcome()).as(pattern).isEqualTo(Match.Outcome.NOT_MATCHED);
            assertThat(compiled.match(List.of(empty, crowded)).outcome()).as(pattern)
                    .isNotEqualTo(Match.Outcome.UNDECIDED);
        }
    }

    // One object of each type the corpus names, with properties of every JSON kind under the names it uses.
    private static String crowdedObjects(List<String> patterns) {
        StringBuilder objects = new StringBuilder("{");
        patterns.stream().flatMap(p -> StixPatterns.parse(p).objectTypes().stream()).distinct().forEach(type ->
                objects.append(objects.length() > 1 ? ", " : "").append('"').append(type).append("\": {\"type\": \"")
                        .append(type).append("\", \"name\": \"foo.dll\", \"value\": \"198.51.100.1\", \"size\": 7, ")
                        .append("\"hashes\": {\"MD5\": \"x\"}, \"protocols\": [\"tcp\"], \"is_active\": true, ")
                        .append("\"dst_ref\": \"ipv4-addr\", \"payload_bin\": \"AAEC\", \"created\": \"2016-01-01T00:00:00Z\"}"));
        return objects.append('}').toString();
    }

    private static List<String> corpus() throws IOException {
        try (InputStream in = CorpusRobustnessTest.class.getResourceAsStream(CORPUS)) {
            assertThat(in).as(CORPUS).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
    }
}
