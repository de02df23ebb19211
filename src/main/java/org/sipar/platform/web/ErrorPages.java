package org.sipar.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/** Errors that reach the servlet container: a page for browsers, a problem detail for everything else. */
@Controller
class ErrorPages implements ErrorController {

    private final PageErrors pages;

    ErrorPages(PageErrors pages) {
        this.pages = pages;
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = status(request);
        if (status == HttpStatus.NOT_FOUND) {
            // No page at this address: said as such, naming the address (escaped, and shown left to right).
            Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            return pages.notFound("page", path == null ? "" : path.toString(), request, response);
        }
        // Only what Sipar itself wrote for the page is shown: the container's own messages may say too much.
        Object message = request.getAttribute(UnusableParameters.MESSAGE);
        return pages.page(status.value(), message == null ? status.getReasonPhrase() : message.toString(), request, response);
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        Object message = request.getAttribute(UnusableParameters.MESSAGE);
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (message != null) {
            problem.setDetail(message.toString());
        } else if (status == HttpStatus.NOT_FOUND) {
            problem.setDetail("Nothing is served at " + path);
        }
        if (path != null) {
            problem.setInstance(java.net.URI.create(String.valueOf(path).replace(" ", "%20")));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
