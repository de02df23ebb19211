package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.Http.basic;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sipar.intel.stix.Finding;
import org.sipar.intel.stix.StixValidator;
import org.sipar.sharing.Tlp;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.sipar.support.stix.ReferenceData;
import org.sipar.support.stix.Stix;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The TLP 2.0 marking definitions are built in, served to anyone, and cannot be forged. */
@DemoPlatform
class BuiltInMarkingsTests {

    static final JsonMapper JSON = JsonMapper.shared();

    @LocalServerPort
    int port;

    @Test
    void everyTlp2MarkingDefinitionIsServedToAnyoneAsValidStix() {
        Map<String, JsonNode> served = servedMarkings();
        for (Tlp tlp : Tlp.values()) {
            JsonNode definition = served.get(tlp.markingId());
            assertThat(definition).as("TLP:%s served", tlp.label()).isNotNull();
            assertThat(definition.path("name").asString()).isEqualTo("TLP:" + tlp.label());
            assertThat(new StixValidator().validate(definition)).filteredOn(f -> f.severity() == Finding.Severity.ERROR).isEmpty();
        }
    }

    @Test
    void theServedDefinitionsAreThosePublishedForTlp2() throws IOException {
        JsonNode published = JSON.readTree(Files.readString(ReferenceData.require("data/stix/tlp2-marking-definitions.json")));
        Map<String, JsonNode> served = servedMarkings();
        assertThat(published.path("objects").size()).isEqualTo(Tlp.values().length);
        for (JsonNode definition : published.path("objects")) {
            assertThat(served.get(definition.path("id").asString())).as(definition.path("name").asString()).isEqualTo(definition);
        }
    }

    @Test
    void aForgedTlpMarkingIsRejectedAndTheGenuineOneIsADuplicate() {
        String forged = Tlp.RED.markingDefinition().replace("2022-10-01T00:00:00.000Z", "2026-11-30T00:00:00.000Z");
        String report = new Http(port).json("POST", "/api/v1/intel/bundles", basic("analyst@bank.demo", "sipar-demo"),
                Stix.bundle(forged, Tlp.GREEN.markingDefinition())).body();

        assertThat(report).contains("is the TLP:RED marking definition, and this object differs from the published one");
        assertThat(report).contains("\"rejected\":1").contains("\"duplicate\":1").contains("\"accepted\":0");
    }

    private Map<String, JsonNode> servedMarkings() {
        HttpResponse<String> response = new Http(port).taxii("/taxii2/api/collections/5b1f4a70-6c2e-4d0b-9a8e-3c1d2e7f9a01"
                + "/objects/?match%5Btype%5D=marking-definition", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<String, JsonNode> byId = new HashMap<>();
        JSON.readTree(response.body()).path("objects").forEach(o -> byId.put(o.path("id").asString(), o));
        return byId;
    }
}
