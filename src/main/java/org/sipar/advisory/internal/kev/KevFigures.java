package org.sipar.advisory.internal.kev;

import org.springframework.stereotype.Component;

/** What the public home page says of the catalogue: how many vulnerabilities it lists. */
@Component
public class KevFigures {

    private final KevCatalogue catalogue;

    KevFigures(KevCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The number of known exploited vulnerabilities listed. */
    public long entries() {
        return catalogue.count();
    }
}
