package org.sipar.taxii.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.sipar.platform.InputRejected;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Answers every failure of a TAXII endpoint with a TAXII error message in the TAXII media type. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(assignableTypes = {DiscoveryEndpoints.class, ObjectEndpoints.class, StatusEndpoint.class, Unmatched.class})
class TaxiiErrors {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ExceptionHandler
    ResponseEntity<byte[]> refused(TaxiiException e) {
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
    ResponseEntity<byte[]> unreadable(JacksonException e) {
        return Taxii.respond(422, new HttpHeaders(), body(422, "Unprocessable content",
                "The content is not a TAXII envelope: " + e.getOriginalMessage()));
    }

    /** Writes an error directly, for refusals made before a controller is reached. */
    static void write(HttpServletResponse response, int status, String title, String description) throws IOException {
        response.setStatus(status);
        response.setContentType(Taxii.MEDIA_TYPE);
        response.getOutputStream().write(body(status, title, description).getBytes(StandardCharsets.UTF_8));
    }

    /** The TAXII error message resource; http_status is a string in TAXII 2.1. */
    static String body(int status, String title, String description) {
        ObjectNode error = JSON.createObjectNode();
        error.put("title", title);
        error.put("description", description);
        error.put("http_status", String.valueOf(status));
        return JSON.writeValueAsString(error);
    }

    private static void challenge(java.util.function.BiConsumer<String, String> header) {
        header.accept(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Sipar\", charset=\"UTF-8\"");
        header.accept(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Sipar\"");
    }
}
