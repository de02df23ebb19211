package org.sipar.taxii.internal;

/** A request TAXII refuses, answered with a TAXII error message of this status. */
final class TaxiiException extends RuntimeException {

    private final int status;
    private final String title;

    TaxiiException(int status, String title, String description) {
        super(description);
        this.status = status;
        this.title = title;
    }

    int status() {
        return status;
    }

    String title() {
        return title;
    }

    static TaxiiException notFound(String what) {
        return new TaxiiException(404, "Not found", what + " not found");
    }

    static TaxiiException badRequest(String description) {
        return new TaxiiException(400, "Bad request", description);
    }

    static TaxiiException unauthorized() {
        return new TaxiiException(401, "Unauthorized", "This resource needs credentials: HTTP Basic or a Bearer token");
    }

    static TaxiiException forbidden(String description) {
        return new TaxiiException(403, "Forbidden", description);
    }

    static TaxiiException unprocessable(String description) {
        return new TaxiiException(422, "Unprocessable content", description);
    }
}
