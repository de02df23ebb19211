package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.sipar.support.stix.Mutations;
import org.sipar.support.stix.Stix;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random mutations of valid objects, posted as bundles over the REST API: no input yields a 500, every import
 * finishes, and every object read is accounted for (accepted, duplicate, conflicting or rejected). Seeded, so a
 * failure can be replayed; the seed and the bundle are in the assertion's message.
 */
@DemoPlatform
class ImportFuzzTests {

    static final long SEED = 20261202L;
    static final int BUNDLES = 150;
    static final String ANALYST = Http.basic("analyst@nic.demo", "sipar-demo");
    static final JsonMapper JSON = JsonMapper.shared();

    @LocalServerPort
    int port;

    @Test
    void noMutationOfAValidObjectYieldsAServerError() {
        Random random = new Random(SEED);
        Http http = new Http(port);
        for (int b = 0; b < BUNDLES; b++) {
            List<String> objects = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                objects.add(Mutations.mutate(random, seedObject(random)));
            }
            String bundle = "{\"type\":\"bundle\",\"id\":\"bundle--" + UUID.randomUUID() + "\",\"objects\":[" + String.join(",", objects) + "]}";
            HttpResponse<String> answer = http.json("POST", "/api/v1/intel/bundles", ANALYST, bundle);
            String context = "seed " + SEED + ", bundle " + b + ": " + abbreviated(bundle) + " -> " + abbreviated(answer.body());
            assertThat(answer.statusCode()).as(context).isLessThan(500);
            if (answer.statusCode() == 201) {
                JsonNode report = JSON.readTree(answer.body());
                assertThat(report.path("status").asString()).as(context).isIn("complete", "failed");
                assertThat(accounted(report)).as(context).isEqualTo(report.path("processed").asLong());
            }
        }
    }

    /** Objects accounted for over all types; an observed-data of STIX 2.0 may stand for several. */
    private static long accounted(JsonNode report) {
        long sum = 0;
        for (JsonNode counts : report.path("perType")) {
            sum += counts.path("accepted").asLong() + counts.path("duplicate").asLong() + counts.path("rejected").asLong()
                    + counts.path("conflicting").asLong();
        }
        return Math.min(sum, report.path("processed").asLong());
    }

    private static ObjectNode seedObject(Random random) {
        String id = Stix.newIndicatorId();
        String[] seeds = {
            Stix.indicator(id, "fuzz", null, "2026-01-02T00:00:00.000Z"),
            "{\"type\":\"malware\",\"spec_version\":\"2.1\",\"id\":\"malware--" + UUID.randomUUID() + "\",\"created\":\"2026-01-01T00:00:00.000Z\","
                    + "\"modified\":\"2026-01-01T00:00:00.000Z\",\"name\":\"Fuzzer\",\"is_family\":true,\"malware_types\":[\"trojan\"],"
                    + "\"external_references\":[{\"source_name\":\"x\",\"url\":\"https://example.org/a\"}]}",
            "{\"type\":\"relationship\",\"spec_version\":\"2.1\",\"id\":\"relationship--" + UUID.randomUUID() + "\",\"created\":\"2026-01-01T00:00:00.000Z\","
                    + "\"modified\":\"2026-01-01T00:00:00.000Z\",\"relationship_type\":\"indicates\",\"source_ref\":\"" + id
                    + "\",\"target_ref\":\"malware--" + UUID.randomUUID() + "\"}",
            "{\"type\":\"identity\",\"spec_version\":\"2.1\",\"id\":\"identity--" + UUID.randomUUID() + "\",\"created\":\"2026-01-01T00:00:00.000Z\","
                    + "\"modified\":\"2026-01-01T00:00:00.000Z\",\"name\":\"Org\",\"identity_class\":\"organization\",\"sectors\":[\"financial-services\"]}",
            OwnershipTests.ipv6Sco("2001:db8:f::" + Integer.toHexString(random.nextInt(0xffff))),
        };
        return (ObjectNode) JSON.readTree(seeds[random.nextInt(seeds.length)]);
    }

    private static String abbreviated(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "...";
    }
}
