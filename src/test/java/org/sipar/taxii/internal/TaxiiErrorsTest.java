package org.sipar.taxii.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sipar.platform.InputRejected;
import org.sipar.platform.NotPermitted;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Whatever fails behind a TAXII endpoint, the client gets a TAXII error message, and never how Sipar is built. */
@ExtendWith(OutputCaptureExtension.class)
class TaxiiErrorsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String SQL = "select seq from intel_objects where id = ?";

    final org.sipar.platform.Audit audit = org.mockito.Mockito.mock(org.sipar.platform.Audit.class);
    final TaxiiErrors errors = new TaxiiErrors(audit);
    final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/taxii2/api/collections/x/objects/");

    @Test
    void aDatabaseFailureIsA500WithACorrelationIdAndNoSql(CapturedOutput log) throws Exception {
        BadSqlGrammarException failure = new BadSqlGrammarException("objects", SQL,
                new SQLException("ERROR: column \"seq\" does not exist"));
        ResponseEntity<byte[]> answer = errors.unexpected(failure, request);
        JsonNode body = body(answer);
        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getHeaders().getContentType()).hasToString(Taxii.MEDIA_TYPE);
        assertThat(body.path("http_status").asString()).isEqualTo("500");
        String id = body.path("error_id").asString();
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(body.path("description").asString()).contains(id);
        assertThat(new String(answer.getBody(), StandardCharsets.UTF_8)).doesNotContain("select", "intel_objects", "seq",
                "BadSqlGrammar", "SQLException", "org.springframework", "\tat ");
        // The administrator finds the failure, with its SQL, under the id the client was given.
        assertThat(log.getOut()).contains(id, "BadSqlGrammarException", "/taxii2/api/collections/x/objects/");
    }

    @Test
    void anyOtherUnforeseenFailureIsA500TooWithoutItsMessage() throws Exception {
        ResponseEntity<byte[]> answer = errors.unexpected(new IllegalStateException("secret internals"), request);
        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(new String(answer.getBody(), StandardCharsets.UTF_8)).doesNotContain("secret", "IllegalState");
    }

    @Test
    void rejectedInputIsA400NamingTheField() {
        ResponseEntity<byte[]> answer = errors.rejected(new InputRejected("match[version]", "soon", "must be first, last or all"));
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(body(answer).path("description").asString()).isEqualTo("match[version] 'soon': must be first, last or all");
        assertThat(body(answer).path("http_status").asString()).isEqualTo("400");
    }

    @Test
    void springsOwnRefusalsKeepTheirStatusInTheTaxiiFormat() throws Exception {
        ResponseEntity<byte[]> answer = errors.unexpected(new HttpRequestMethodNotSupportedException("PUT"), request);
        assertThat(answer.getStatusCode().value()).isEqualTo(405);
        assertThat(body(answer).path("http_status").asString()).isEqualTo("405");
        assertThat(answer.getHeaders().getContentType()).hasToString(Taxii.MEDIA_TYPE);
    }

    @Test
    void platformRefusalsAreTaxiiErrorsNotHtmlPages() {
        ResponseEntity<byte[]> answer = errors.notPermitted(new NotPermitted("not yours"), request);
        assertThat(answer.getStatusCode().value()).isEqualTo(403);
        assertThat(body(answer).path("description").asString()).isEqualTo("not yours");
        // and the refusal is in the audit trail, naming the request refused and the reason given
        org.mockito.Mockito.verify(audit).refused("access.refused", "GET /taxii2/api/collections/x/objects/", "not yours");
    }

    @Test
    void securityRefusalsAreLeftToSpringSecurity() {
        AccessDeniedException denied = new AccessDeniedException("denied");
        assertThatThrownBy(() -> errors.unexpected(denied, request)).isSameAs(denied);
    }

    private static JsonNode body(ResponseEntity<byte[]> answer) {
        return JSON.readTree(new String(answer.getBody(), StandardCharsets.UTF_8));
    }
}
