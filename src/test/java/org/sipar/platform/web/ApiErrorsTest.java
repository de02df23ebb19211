package org.sipar.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;

/** A failure of the REST API reaches the client as a 500 with a correlation id only: no SQL, no class names. */
class ApiErrorsTest {

    @Test
    void aDatabaseFailureIsA500WithACorrelationIdAndNoSql() throws Exception {
        ProblemDetail problem = new ApiErrors(org.mockito.Mockito.mock(org.sipar.platform.Audit.class)).unexpected(new DataIntegrityViolationException(
                "insert into intel_objects ... violates", new SQLException("ERROR: duplicate key value in intel_objects", "23505")),
                new MockHttpServletRequest("GET", "/api/v1/intel/objects"));
        assertThat(problem.getStatus()).isEqualTo(500);
        String correlation = (String) problem.getProperties().get("correlationId");
        assertThat(correlation).matches("[0-9a-f-]{36}");
        assertThat(problem.getDetail()).contains(correlation).doesNotContainIgnoringCase("insert")
                .doesNotContain("intel_objects", "Exception", "org.");
        assertThat(problem.getTitle()).isEqualTo("Internal error");
    }

    @Test
    void securityRefusalsKeepTheirOwnHandling() {
        assertThatThrownBy(() -> new ApiErrors(org.mockito.Mockito.mock(org.sipar.platform.Audit.class)).unexpected(new AccessDeniedException("no"), new MockHttpServletRequest()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
