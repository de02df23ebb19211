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
 * @param unmarked the level of its objects that carry no TLP marking, or null for {@code sipar.intel.default-tlp}:
 *                 a publisher who knows a source to be public (MITRE ATT&amp;CK) says so without editing its objects
 */
public record Publication(UUID publisherOrganisation, UUID publisherPerson, Set<UUID> organisations, Set<UUID> groups,
                          Set<UUID> people, String source, Tlp unmarked) {

    /** A publication whose unmarked objects take {@code sipar.intel.default-tlp}. */
    public Publication(UUID publisherOrganisation, UUID publisherPerson, Set<UUID> organisations, Set<UUID> groups,
                       Set<UUID> people, String source) {
        this(publisherOrganisation, publisherPerson, organisations, groups, people, source, null);
    }

    public Publication {
        organisations = Set.copyOf(organisations);
        groups = Set.copyOf(groups);
        people = Set.copyOf(people);
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
