package org.sipar.platform;

/** What was asked for does not exist, or the caller may not know that it does. */
public final class NotFound extends RuntimeException {

    /** Creates the failure naming the kind of thing and its identifier. */
    public NotFound(String kind, Object id) {
        super(kind + " " + id + " not found");
    }
}
