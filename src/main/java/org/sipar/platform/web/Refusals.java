package org.sipar.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * How a refused request (403: publishing, deleting, importing or administering without the right) is recorded
 * in the audit trail: one action, {@value #ACTION}, whose target is the request it refused and whose details
 * hold the reason the caller was given.
 */
final class Refusals {

    static final String ACTION = "access.refused";

    private Refusals() {
    }

    /** The refused request, such as {@code POST /api/v1/intel/bundles}. */
    static String target(HttpServletRequest request) {
        return request.getMethod() + " " + request.getRequestURI();
    }
}
