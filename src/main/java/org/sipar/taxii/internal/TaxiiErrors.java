package org.sipar.taxii.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.sipar.intel.ImportQueueFull;
import org.sipar.platform.InputRejected;
import org.sipar.platform.NotFound;
import org.sipar.platform.NotPermitted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.util.DisconnectedClientHelper;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers every failure of a TAXII endpoint with a TAXII error message in the TAXII media type. A failure
 * Sipar did not foresee (a database error, a bug) is a 500 that says nothing of how Sipar is built: no SQL,
 * class names or stack, only a correlation id that the log line of the failure carries too.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(assignableTypes = {DiscoveryEndpoints.class, ObjectEndpoints.class, StatusEndpoint.class, Unmatched.class})
class TaxiiErrors {

    private static final Logger log = LoggerFactory.getLogger(TaxiiErrors.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The audit trail's action of a refused request, as the platform records those of the other endpoints. */
    static final String REFUSED = "access.refused";

    private final org.sipar.platform.Audit audit;

    TaxiiErrors(org.sipar.platform.Audit audit) {
        this.audit = audit;
    }

    @ExceptionHandler
    ResponseEntity<byte[]> refused(TaxiiException e, jakarta.servlet.http.HttpServletRequest request) {
        if (e.status() == 403) {
            audit.refused(REFUSED, request.getMethod() + " " + request.getRequestURI(), e.getMessage());
        }
        HttpHeaders headers = new HttpHeaders();
        if (e.status() == 401) {
            challenge(headers::add);
        }
        return Taxii.respond(e.status(), headers, body(e.status(), e.title(), e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<byte[]> rejected(InputRejected e) {
        return Taxii.respond(400, new HttpHeaders(), body(400, "Bad request", e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<byte[]> notPermitted(NotPermitted e, jakarta.servlet.http.HttpServletRequest request) {
        audit.refused(REFUSED, request.getMethod() + " " + request.getRequestURI(), e.getMessage());
        return Taxii.respond(403, new HttpHeaders(), body(403, "Forbidden", e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<byte[]> notFound(NotFound e) {
        return Taxii.respond(404, new HttpHeaders(), body(404, "Not found", e.getMessage()));
    }

    /** The import queue is full: nothing was kept; the client may send the envelope again after Retry-After. */
    @ExceptionHandler
    ResponseEntity<byte[]> queueFull(ImportQueueFull e) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
        return Taxii.respond(503, headers, body(503, "Service unavailable", e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<byte[]> unreadable(JacksonException e) {
        return Taxii.respond(422, new HttpHeaders(), body(422, "Unprocessable content",
                "The content is not a TAXII envelope: " + e.getOriginalMessage()));
    }

    /**
     * Anything else: Spring's own request failures keep their status; security's refusals and a client that
     * went away are rethrown to their usual handling; the rest is a 500 with a correlation id.
     */
    @ExceptionHandler
    ResponseEntity<byte[]> unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException
                || DisconnectedClientHelper.isClientDisconnectedException(e)) {
            throw e;
        }
        if (e instanceof ErrorResponse known) {
            int status = known.getStatusCode().value();
            HttpStatus named = HttpStatus.resolve(status);
            String detail = known.getBody().getDetail();
            return Taxii.respond(status, new HttpHeaders(), body(status, named == null ? "Error" : named.getReasonPhrase(),
                    detail == null ? "The request was refused" : detail));
        }
        return internalError(e, request);
    }

    /** A 500 whose correlation id is logged with the failure, so that an administrator can find it. */
    static ResponseEntity<byte[]> internalError(Exception e, HttpServletRequest request) {
        String correlation = UUID.randomUUID().toString();
        log.error("TAXII failure {} answering {} {}", correlation, request.getMethod(), request.getRequestURI(), e);
        ObjectNode error = node(500, "Internal error",
                "The server could not answer this request. An administrator can find what happened in the log under "
                        + correlation + ".");
        // TAXII 2.1's error_id is meant for exactly this: one identifier per occurrence, for debugging.
        error.put("error_id", correlation);
        return Taxii.respond(500, new HttpHeaders(), JSON.writeValueAsString(error));
    }

    /** Writes an error directly, for refusals made before a controller is reached. */
    static void write(HttpServletResponse response, int status, String title, String description) throws IOException {
        response.setStatus(status);
        response.setContentType(Taxii.MEDIA_TYPE);
        response.getOutputStream().write(body(status, title, description).getBytes(StandardCharsets.UTF_8));
    }

    /** The TAXII error message resource; http_status is a string in TAXII 2.1. */
    static String body(int status, String title, String description) {
        return JSON.writeValueAsString(node(status, title, description));
    }

    private static ObjectNode node(int status, String title, String description) {
        ObjectNode error = JSON.createObjectNode();
        error.put("title", title);
        error.put("description", description);
        error.put("http_status", String.valueOf(status));
        return error;
    }

    private static void challenge(java.util.function.BiConsumer<String, String> header) {
        header.accept(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Sipar\", charset=\"UTF-8\"");
        header.accept(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Sipar\"");
    }
}
