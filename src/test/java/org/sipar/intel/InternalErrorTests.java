package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dates PostgreSQL cannot hold are refused as bad input, over TAXII and REST, before they reach the database;
 * that a database failure reaches no client as SQL is tested on the handlers themselves (TaxiiErrorsTest,
 * ApiErrorsTest).
 */
@DemoPlatform
class InternalErrorTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String OBJECTS = "/taxii2/api/collections/5b1f4a70-6c2e-4d0b-9a8e-3c1d2e7f9a01/objects/";
    /** A version java.time reads and PostgreSQL cannot hold ("timestamp out of range"): refused before it gets there. */
    static final String OUT_OF_RANGE = "%2B300000-01-01T00:00:00Z";

    @LocalServerPort
    int port;

    @Test
    void aVersionBeyondYear9999IsBadInputOverTaxiiAndRest() {
        HttpResponse<String> taxii = new Http(port).taxii(OBJECTS + "?match%5Bversion%5D=" + OUT_OF_RANGE, null);
        assertThat(taxii.statusCode()).as(taxii.body()).isEqualTo(400);
        assertThat(taxii.headers().firstValue("Content-Type")).hasValue("application/taxii+json;version=2.1");
        assertThat(JSON.readTree(taxii.body()).path("description").asString()).startsWith("match[version]");
        assertNoInternals(taxii.body());
        HttpResponse<String> api = new Http(port).json("GET", "/api/v1/intel/objects?version=" + OUT_OF_RANGE, null, null);
        assertThat(api.statusCode()).as(api.body()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertNoInternals(api.body());
    }

    @Test
    void addedAfterBeyondYear9999IsBadInputNotADatabaseFailure() {
        HttpResponse<String> taxii = new Http(port).taxii(OBJECTS + "?added_after=" + OUT_OF_RANGE, null);
        assertThat(taxii.statusCode()).as(taxii.body()).isEqualTo(400);
        assertThat(JSON.readTree(taxii.body()).path("description").asString()).startsWith("added_after");
        HttpResponse<String> api = new Http(port).json("GET", "/api/v1/intel/objects?added_after=" + OUT_OF_RANGE, null, null);
        assertThat(api.statusCode()).as(api.body()).isEqualTo(400);
        assertThat(api.body()).contains("\"field\":\"added_after\"", "+300000-01-01T00:00:00Z");
    }

    private static void assertNoInternals(String body) {
        assertThat(body).doesNotContainIgnoringCase("select").doesNotContainIgnoringCase("sql")
                .doesNotContain("intel_objects", "out of range", "Exception", "org.", "java.");
    }
}
