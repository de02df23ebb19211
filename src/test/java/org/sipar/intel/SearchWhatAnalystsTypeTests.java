package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.sipar.support.stix.Stix;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Search finds objects by what analysts type: ATT&CK and CVE ids of their external references, aliases (STIX
 * and ATT&CK's), and the addresses, domains and hashes inside an indicator's pattern, as well as names.
 */
@DemoPlatform
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchWhatAnalystsTypeTests {

    static final String PASSWORD = "sipar-demo";
    static final String CLEAR = "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487";
    final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @LocalServerPort
    int port;

    @BeforeAll
    void publish() {
        String technique = """
                {"type":"attack-pattern","spec_version":"2.1","id":"attack-pattern--%s","created":"2026-01-01T00:00:00.000Z",
                 "modified":"2026-01-01T00:00:00.000Z","name":"Serial Connection Enumeration %s",
                 "external_references":[{"source_name":"mitre-ics-attack","external_id":"T9%s"}],
                 "object_marking_refs":["%s"]}""".formatted(UUID.randomUUID(), suffix, digits(), CLEAR);
        String group = """
                {"type":"intrusion-set","spec_version":"2.1","id":"intrusion-set--%s","created":"2026-01-01T00:00:00.000Z",
                 "modified":"2026-01-01T00:00:00.000Z","name":"Group %s","aliases":["ELECTRUM%s"],
                 "x_mitre_aliases":["VOLTZITE%s"],"object_marking_refs":["%s"]}""".formatted(UUID.randomUUID(), suffix, suffix, suffix, CLEAR);
        String indicator = """
                {"type":"indicator","spec_version":"2.1","id":"indicator--%s","created":"2026-01-01T00:00:00.000Z",
                 "modified":"2026-01-01T00:00:00.000Z","name":"Watch %s","pattern_type":"stix",
                 "pattern":"[domain-name:value = 'c2-%s.example.net'] OR [file:hashes.'SHA-256' = 'aa%s']",
                 "valid_from":"2026-01-01T00:00:00Z","object_marking_refs":["%s"]}"""
                .formatted(UUID.randomUUID(), suffix, suffix, "0".repeat(54) + digits(), CLEAR);
        var answer = new Http(port).json("POST", "/api/v1/intel/bundles", Http.basic("analyst@cert.demo", PASSWORD),
                Stix.bundle(technique, group, indicator));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        assertThat(answer.body()).contains("\"rejections\":[]");
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({"T9{d}, Serial Connection Enumeration {s}", "ELECTRUM{s}, Group {s}", "VOLTZITE{s}, Group {s}",
            "c2-{s}.example.net, Watch {s}", "aa{h}, Watch {s}", "Enumeration {s}, Serial Connection Enumeration {s}"})
    void searchFinds(String typed, String named) {
        String query = typed.replace("{d}", digits()).replace("{s}", suffix).replace("{h}", "0".repeat(54) + digits());
        String body = new Http(port).get("/api/v1/intel/objects?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).body();
        assertThat(body).as("searching %s", query).contains(named.replace("{s}", suffix));
    }

    /** Digits unique to this run, from its suffix: an id like T9 followed by them is nobody else's. */
    private String digits() {
        return String.valueOf(Math.abs(suffix.hashCode()) % 100_000_000 + 100_000_000).substring(1);
    }
}
