package org.sipar.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.sipar.intel.pattern.StixPatterns;
import org.sipar.intel.stix.StixValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What ingestion spends on each object in the JVM: parsing its JSON, validating it, parsing its pattern. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StixBenchmarks {

    static final String INDICATOR = """
            {"type":"indicator","spec_version":"2.1","id":"indicator--6b7c3c1e-8a0f-4e2b-9d3c-2f1a5b6c7d8e",
             "created":"2026-11-01T10:00:00.000Z","modified":"2026-11-01T10:00:00.000Z","name":"Mail relay beacon",
             "indicator_types":["malicious-activity"],
             "pattern":"[ipv4-addr:value = '203.0.113.7'] OR [domain-name:value = 'relay.example.net']",
             "pattern_type":"stix","valid_from":"2026-11-01T10:00:00Z",
             "object_marking_refs":["marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"]}""";
    static final String RELATIONSHIP = """
            {"type":"relationship","spec_version":"2.1","id":"relationship--0f4d9a7e-86a3-4c2b-9a43-8d3c6b1e2f10",
             "created":"2026-10-01T00:00:00.000Z","modified":"2026-10-01T00:00:00.000Z","relationship_type":"indicates",
             "source_ref":"indicator--6b7c3c1e-8a0f-4e2b-9d3c-2f1a5b6c7d8e",
             "target_ref":"malware--4e78f46f-a023-4e5f-bc24-71b3ca22ec29"}""";

    final JsonMapper json = JsonMapper.shared();
    final StixValidator validator = new StixValidator();
    final JsonNode indicator = json.readTree(INDICATOR);
    final JsonNode relationship = json.readTree(RELATIONSHIP);
    final String pattern = indicator.path("pattern").asString();

    @Benchmark
    public JsonNode parseJson() {
        return json.readTree(INDICATOR);
    }

    @Benchmark
    public Object validateIndicator() {
        return validator.validate(indicator);
    }

    @Benchmark
    public Object validateRelationship() {
        return validator.validate(relationship);
    }

    @Benchmark
    public Object parsePattern() {
        return StixPatterns.parse(pattern);
    }
}
