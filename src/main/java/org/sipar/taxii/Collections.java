package org.sipar.taxii;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sipar.intel.ObjectQuery;
import org.springframework.security.core.Authentication;

/**
 * The TAXII collections as other modules need them: those a caller may read, and the part of the store each
 * shows. Whoever follows a collection another way (a live stream, a webhook) sees exactly what its TAXII objects
 * endpoint would show.
 */
public interface Collections {

    /** A collection the caller may read: its id, title and the part of the store it shows. */
    record Readable(UUID id, String title, ObjectQuery.Scope scope) {
    }

    /** The collections {@code caller} (null when nobody is signed in) may read, as TAXII lists them. */
    List<Readable> readable(Authentication caller);

    /** The scope of collection {@code id} if {@code caller} may read it; empty when unknown, hidden or not readable. */
    default Optional<ObjectQuery.Scope> readableScope(Authentication caller, UUID id) {
        return readable(caller).stream().filter(c -> c.id().equals(id)).findFirst().map(Readable::scope);
    }
}
