package org.sipar.sharing;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Who an object was shared with: its TLP level, who published it, and the recipients its publisher named.
 *
 * @param tlp the level of the object as a whole
 * @param publisherOrganisation the publishing organisation
 * @param publisherPerson the publishing person
 * @param organisations the organisations named as recipients
 * @param groups the sharing groups named as recipients
 * @param people the people named as recipients (the only readers of RED besides the publisher)
 */
public record Distribution(Tlp tlp, UUID publisherOrganisation, UUID publisherPerson, Set<UUID> organisations,
                           Set<UUID> groups, Set<UUID> people) {

    public Distribution {
        Objects.requireNonNull(tlp, "tlp");
        organisations = Set.copyOf(organisations);
        groups = Set.copyOf(groups);
        people = Set.copyOf(people);
    }

    /** The same recipients under another level, as granular markings on parts of an object need. */
    public Distribution at(Tlp level) {
        return new Distribution(level, publisherOrganisation, publisherPerson, organisations, groups, people);
    }
}
