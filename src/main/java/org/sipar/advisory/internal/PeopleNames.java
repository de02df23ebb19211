package org.sipar.advisory.internal;

import java.util.UUID;
import org.sipar.identity.Directory;

/** The names of the people a page mentions (authors, reviewers), looked up as the page is written. */
public final class PeopleNames {

    private final Directory directory;

    PeopleNames(Directory directory) {
        this.directory = directory;
    }

    public String of(UUID person) {
        return person == null ? "" : directory.person(person).map(p -> p.displayName()).orElse(person.toString());
    }
}
