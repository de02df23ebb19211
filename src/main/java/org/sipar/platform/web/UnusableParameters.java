package org.sipar.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sipar.platform.InputRejected;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Refuses, with 400 naming the parameter, any request whose query (or form body) holds text no part of Sipar
 * can use ({@link ParameterText}): once, here, before security, controllers or SQL see it. The answer is in
 * the caller's language: a problem detail under /api/, a TAXII error message under /taxii2/, else the error page.
 * It runs after the character-encoding filter, so that reading a form body here decodes it as UTF-8.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UnusableParameters extends OncePerRequestFilter {

    /** The request attribute in which the error page (or problem detail) finds what to say, in the reader's language. */
    static final String MESSAGE = UnusableParameters.class.getName() + ".message";
    static final String TAXII_MEDIA_TYPE = "application/taxii+json;version=2.1";

    private final JsonMapper json = JsonMapper.builder().build();
    private final MessageSource messages;
    private final LocaleResolver locales;

    UnusableParameters(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<InputRejected.Problem> problems = ParameterText.ofQuery(request.getQueryString());
        if (problems.isEmpty() && formBody(request)) {
            problems = ParameterText.ofDecoded(request.getParameterMap());
        }
        if (problems.isEmpty()) {
            chain.doFilter(request, response);
        } else {
            refuse(request, response, new InputRejected(problems));
        }
    }

    /** A url-encoded form body; a multipart one is left to the multipart resolver and its size limits. */
    private static boolean formBody(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, InputRejected rejected) throws IOException {
        String path = request.getRequestURI();
        if (path.startsWith("/taxii2/")) {
            write(response, TAXII_MEDIA_TYPE, taxiiError(rejected));
        } else if (path.startsWith("/api/")) {
            write(response, MediaType.APPLICATION_PROBLEM_JSON_VALUE, problem(rejected, path));
        } else {
            String name = rejected.problems().getFirst().field();
            request.setAttribute(MESSAGE, messages.getMessage("error.parameter", new Object[] {name},
                    locales.resolveLocale(request)));
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    /** TAXII 2.1's error message; http_status is a string there. */
    private ObjectNode taxiiError(InputRejected rejected) {
        ObjectNode error = json.createObjectNode();
        error.put("title", "Bad request");
        error.put("description", rejected.getMessage());
        error.put("http_status", "400");
        return error;
    }

    /** The same problem detail as {@link ApiErrors} gives for any other rejected input. */
    private ObjectNode problem(InputRejected rejected, String path) {
        ObjectNode problem = json.createObjectNode();
        problem.put("type", "about:blank");
        problem.put("title", "Invalid input");
        problem.put("status", 400);
        problem.put("detail", rejected.getMessage());
        problem.put("instance", path);
        var errors = problem.putArray("errors");
        rejected.problems().forEach(p -> errors.addObject().put("field", p.field()).put("value", p.value())
                .put("reason", p.reason()));
        return problem;
    }

    private void write(HttpServletResponse response, String contentType, ObjectNode body) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType(contentType);
        response.getOutputStream().write(json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
    }
}
