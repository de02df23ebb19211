package org.sipar.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sipar.platform.InputRejected;
import org.sipar.platform.NotFound;
import org.sipar.platform.NotPermitted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Maps the platform's named failures to RFC 9457 problem details for the REST API, and any other failure to a
 * 500 that says nothing of how Sipar is built (no SQL, class names or stack): only a correlation id, which the
 * log line of the failure carries too.
 */
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final org.sipar.platform.Audit audit;

    ApiErrors(org.sipar.platform.Audit audit) {
        this.audit = audit;
    }

    @ExceptionHandler
    ProblemDetail rejected(InputRejected e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid input");
        List<Map<String, String>> errors = e.problems().stream()
                .map(p -> Map.of("field", p.field(), "value", p.value() == null ? "" : p.value(), "reason", p.reason()))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notPermitted(NotPermitted e, HttpServletRequest request) {
        audit.refused(Refusals.ACTION, Refusals.target(request), e.getMessage());
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail conflict(org.sipar.platform.StateConflict e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFound e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    /**
     * Anything else. Spring's own request failures (a missing parameter, a wrong method, an unreadable body),
     * security's refusals and a client that went away are rethrown, so that their usual handling answers them.
     */
    @ExceptionHandler
    ProblemDetail unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof ErrorResponse || e instanceof TypeMismatchException || e instanceof HttpMessageNotReadableException
                || e instanceof BindException || e instanceof AccessDeniedException || e instanceof AuthenticationException
                || DisconnectedClientHelper.isClientDisconnectedException(e)) {
            throw e;
        }
        String correlation = UUID.randomUUID().toString();
        log.error("Failure {} answering {} {}", correlation, request.getMethod(), request.getRequestURI(), e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Sipar could not answer this request. An administrator can find what happened in the log under " + correlation + ".");
        problem.setTitle("Internal error");
        problem.setProperty("correlationId", correlation);
        return problem;
    }
}
