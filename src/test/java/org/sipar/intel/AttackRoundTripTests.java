package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sipar.support.DemoPlatform;
import org.sipar.support.stix.ReferenceData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The MITRE ATT&CK bundles go in and come out with the same JSON content, object for object. */
@DemoPlatform
class AttackRoundTripTests {

    @Autowired
    Intelligence intelligence;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @ParameterizedTest
    @ValueSource(strings = {"data/attack/ics-attack-18.1.json", "data/attack/mobile-attack-17.1.json"})
    void roundTripsWithZeroDifferences(String bundle) throws Exception {
        Path file = ReferenceData.require(bundle);
        ImportReport report;
        try (InputStream in = Files.newInputStream(file)) {
            report = intelligence.ingest(in, new Publication(null, null, Set.of(), Set.of(), Set.of(), bundle));
        }
        assertThat(report.status()).isEqualTo(ImportStatus.COMPLETE);
        assertThat(report.rejections()).isEmpty();
        JsonNode original = json.readTree(file.toFile()).path("objects");
        Map<String, JsonNode> stored = new HashMap<>();
        // Objects both bundles share (MITRE's identity and marking) are stored once, by the first import.
        jdbc.sql("select id || '|' || modified as key, object::text as json from intel_objects")
                .query((rs, n) -> stored.put(rs.getString("key"), json.readTree(rs.getString("json"))))
                .list();
        assertThat(report.totals().accepted() + report.totals().duplicate()).isEqualTo(original.size());
        int differences = 0;
        for (JsonNode object : original) {
            String key = object.path("id").asString() + "|" + object.path("modified").asString(object.path("created").asString(""));
            differences += object.equals(stored.get(key)) ? 0 : 1;
        }
        assertThat(differences).as("objects that came back different").isZero();
    }
}
