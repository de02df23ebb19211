package org.sipar.platform;

/**
 * What was asked for does not exist, or the caller may not know that it does: both are answered alike (the same
 * page or problem detail, naming the kind of thing and the id asked for), so that a refusal leaks nothing.
 */
public final class NotFound extends RuntimeException {

    private final String kind;
    private final String id;

    /** Creates the failure naming the kind of thing (such as {@code object}, {@code organisation}) and its id. */
    public NotFound(String kind, Object id) {
        super("No " + kind + " with id " + id + " was found");
        this.kind = kind;
        this.id = String.valueOf(id);
    }

    /** The kind of thing, as the code that raised it named it. */
    public String kind() {
        return kind;
    }

    /** The identifier asked for. */
    public String id() {
        return id;
    }
}
