package org.sipar.intel;

import java.util.Set;
import java.util.UUID;
import org.sipar.sharing.Distribution;
import org.sipar.sharing.Tlp;

/**
 * Who publishes an import and to whom: applied to every object in it.
 *
 * @param publisherOrganisation the publishing organisation
 * @param publisherPerson the publishing person
 * @param organisations recipient organisations
 * @param groups recipient sharing groups
 * @param people recipient people (the readers of RED)
 * @param source where the objects came from, for the import's record (file name, "TAXII", "API")
 * @param unmarked the TLP level of objects that carry no TLP marking of their own, or null for
 *                 {@code sipar.intel.default-tlp} (as TAXII adds have it)
 */
public record Publication(UUID publisherOrganisation, UUID publisherPerson, Set<UUID> organisations, Set<UUID> groups,
                          Set<UUID> people, String source, Tlp unmarked) {

    public Publication {
        organisations = Set.copyOf(organisations);
        groups = Set.copyOf(groups);
        people = Set.copyOf(people);
    }

    /** A publication whose unmarked objects take the configured default level. */
    public Publication(UUID publisherOrganisation, UUID publisherPerson, Set<UUID> organisations, Set<UUID> groups,
                       Set<UUID> people, String source) {
        this(publisherOrganisation, publisherPerson, organisations, groups, people, source, null);
    }

    /** This publication with its unmarked objects at {@code level}. */
    public Publication unmarkedAt(Tlp level) {
        return new Publication(publisherOrganisation, publisherPerson, organisations, groups, people, source, level);
    }

    /** The distribution of an object of this publication at level {@code tlp}. */
    public Distribution at(Tlp tlp) {
        return new Distribution(tlp, publisherOrganisation, publisherPerson, organisations, groups, people);
    }
}
