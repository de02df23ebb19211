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
 * A failure in the database reaches no client as SQL: TAXII answers a TAXII 500 and the REST API a problem
 * detail, each with only a correlation id. Dates PostgreSQL cannot hold are refused as bad input first.
 */
@DemoPlatform
class InternalErrorTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String OBJECTS = "/taxii2/api/collections/5b1f4a70-6c2e-4d0b-9a8e-3c1d2e7f9a01/objects/";
    /** A version java.time reads and PostgreSQL cannot hold ("timestamp out of range"), until ObjectSql refuses it. */
    static final String OUT_OF_RANGE = "%2B300000-01-01T00:00:00Z";

    @LocalServerPort
    int port;

    @Test
    void aDatabaseFailureOverTaxiiIsATaxii500WithACorrelationIdAndNoSql() {
        HttpResponse<String> answer = new Http(port).taxii(OBJECTS + "?match%5Bversion%5D=" + OUT_OF_RANGE, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(500);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/taxii+json;version=2.1");
        JsonNode error = JSON.readTree(answer.body());
        assertThat(error.path("http_status").asString()).isEqualTo("500");
        assertThat(error.path("description").asString()).contains(error.path("error_id").asString());
        assertNoInternals(answer.body());
    }

    @Test
    void aDatabaseFailureInTheRestApiIsAProblemWithACorrelationIdAndNoSql() {
        HttpResponse<String> answer = new Http(port).json("GET", "/api/v1/intel/objects?version=" + OUT_OF_RANGE, null, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(500);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("correlationId").asString()).matches("[0-9a-f-]{36}");
        assertThat(problem.path("detail").asString()).contains(problem.path("correlationId").asString());
        assertNoInternals(answer.body());
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
