package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.Http.basic;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.sipar.support.stix.ReferenceData;
import org.sipar.support.stix.StixSchemas;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything Sipar emits is STIX 2.1 by the OASIS JSON schemas: both ATT&CK bundles and a made-up bundle holding
 * every SDO type, both SROs, SCOs, TLP 2.0 and statement markings, an extension definition and a language
 * content go in, and every version of every object the REST API then lists is validated against its schema.
 */
@DemoPlatform
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchemaConformanceTests {

    static final String[] ATTACK = {"data/attack/ics-attack-18.1.json", "data/attack/mobile-attack-17.1.json"};
    // The STIX 2.0 bundle is emitted in the form Sipar upgrades it to, which is Sipar's own output through and through.
    // The 2.0 bundle holds an observed-data whose 2.0 "objects" container Sipar lifts into 2.1 SCOs with object_refs.
    static final String[] MADE_UP = {"conformance-bundle.json", "conformance-bundle-stix20.json"};

    @LocalServerPort
    int port;

    @Autowired
    Intelligence intelligence;

    @Autowired
    JsonMapper json;

    StixSchemas schemas;
    final Set<String> imported = new HashSet<>();
    final List<JsonNode> emitted = new ArrayList<>();

    @BeforeAll
    void importAndReadEverything() throws IOException {
        schemas = StixSchemas.shared();
        for (String bundle : ATTACK) {
            try (InputStream in = Files.newInputStream(ReferenceData.require(bundle))) {
                ImportReport report = intelligence.ingest(in, new Publication(null, null, Set.of(), Set.of(), Set.of(), bundle));
                assertThat(report.status()).as(bundle).isEqualTo(ImportStatus.COMPLETE);
                assertThat(report.rejections()).as(bundle).isEmpty();
            }
            remember(json.readTree(ReferenceData.require(bundle).toFile()));
        }
        for (String resource : MADE_UP) {
            String bundle = resource(resource);
            HttpResponse<String> published = api("POST", "/api/v1/intel/bundles", bundle);
            assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
            remember(json.readTree(bundle));
        }
        readAllVersions();
    }

    @Test
    void everyImportedObjectIsEmitted() {
        Set<String> ids = new HashSet<>();
        emitted.forEach(object -> ids.add(object.path("id").asString()));
        // Guards the check below against passing on an empty or partial listing.
        assertThat(ids).containsAll(imported);
    }

    @Test
    void everyEmittedObjectValidatesAgainstItsOasisSchema() {
        List<String> failures = new ArrayList<>();
        for (JsonNode object : emitted) {
            schemas.validate(object).forEach(error -> failures.add(object.path("id").asString() + " " + error));
        }
        assertThat(failures).as("%d schema errors in %d objects, the first: %s", failures.size(), emitted.size(),
                failures.subList(0, Math.min(20, failures.size()))).isEmpty();
    }

    private String resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void remember(JsonNode bundle) {
        bundle.path("objects").forEach(object -> imported.add(object.path("id").asString()));
    }

    /** Pages through every version of every object the hub's administrator may read. */
    private void readAllVersions() {
        long after = 0;
        boolean more = true;
        while (more) {
            HttpResponse<String> response = api("GET", "/api/v1/intel/objects?version=all&limit=1000&after=" + after, null);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode page = json.readTree(response.body());
            page.path("objects").forEach(element -> emitted.add(json.readTree(element.path("json").asString())));
            more = page.path("more").asBoolean();
            after = page.path("nextSeq").asLong();
        }
    }

    private HttpResponse<String> api(String method, String path, String body) {
        return new Http(port).json(method, path, basic("admin@cert.demo", "sipar-demo"), body);
    }
}
