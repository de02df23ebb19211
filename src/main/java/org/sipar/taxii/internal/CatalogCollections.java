package org.sipar.taxii.internal;

import java.util.List;
import org.sipar.taxii.Collections;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** {@link Collections} from the catalog, under the same rules as the TAXII endpoints. */
@Component
class CatalogCollections implements Collections {

    private final CollectionCatalog catalog;
    private final Callers callers;

    CatalogCollections(CollectionCatalog catalog, Callers callers) {
        this.catalog = catalog;
        this.callers = callers;
    }

    @Override
    public List<Readable> readable(Authentication caller) {
        return catalog.visibleTo(callers.of(caller)).stream().filter(Collection::canRead)
                .map(c -> new Readable(c.id(), c.title(), c.scope())).toList();
    }
}
