package org.sipar.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sipar.platform.NotFound;
import org.sipar.platform.NotPermitted;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Shows the error page, with the right status, for named failures raised behind a web page. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    private final UiAdvice ui;
    private final org.sipar.platform.Audit audit;

    PageErrors(UiAdvice ui, org.sipar.platform.Audit audit) {
        this.ui = ui;
        this.audit = audit;
    }

    @ExceptionHandler
    ModelAndView notPermitted(NotPermitted e, HttpServletRequest request, HttpServletResponse response) {
        audit.refused(Refusals.ACTION, Refusals.target(request), e.getMessage());
        return page(HttpServletResponse.SC_FORBIDDEN, e.getMessage(), request, response);
    }

    @ExceptionHandler
    ModelAndView conflict(org.sipar.platform.StateConflict e, HttpServletRequest request, HttpServletResponse response) {
        return page(HttpServletResponse.SC_CONFLICT, e.getMessage(), request, response);
    }

    @ExceptionHandler
    ModelAndView notFound(NotFound e, HttpServletRequest request, HttpServletResponse response) {
        return notFound(e.kind(), e.id(), request, response);
    }

    /**
     * The 404 page naming what was not found and the id asked for. Whatever raised it (nothing there, or
     * something the viewer may not see) the page is the same but for the id: it must not tell them apart.
     */
    ModelAndView notFound(String kind, String id, HttpServletRequest request, HttpServletResponse response) {
        ModelAndView view = page(HttpServletResponse.SC_NOT_FOUND, null, request, response);
        view.addObject("notFound", "error.notFound." + (KINDS.contains(kind) ? kind.replace(' ', '-') : "thing"));
        view.addObject("notFoundId", id);
        return view;
    }

    /** The kinds of thing the 404 page has words for; any other is "nothing was found with this id". */
    private static final java.util.Set<String> KINDS = java.util.Set.of("object", "organisation", "person",
            "sharing group", "token", "import", "page");

    ModelAndView page(int status, String message, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(status);
        ModelAndView view = new ModelAndView("error");
        view.addObject("ui", ui.ui(request, response));
        view.addObject("status", status);
        view.addObject("message", message);
        view.addObject("notFound", null);
        view.addObject("notFoundId", null);
        return view;
    }
}
