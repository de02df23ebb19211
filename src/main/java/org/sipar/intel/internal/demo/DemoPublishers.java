package org.sipar.intel.internal.demo;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sipar.identity.Directory;
import org.sipar.identity.Organisation;
import org.sipar.identity.Person;
import org.sipar.identity.SharingGroup;
import org.sipar.intel.Publication;
import org.springframework.stereotype.Component;

/** Turns the demo's publishers and recipients, named by login and domain, into the directory's ids. */
@Component
class DemoPublishers {

    /** The demo's sharing group of banks, telecom operators and the CERT (identity's demo data). */
    static final String SECTOR_GROUP = "Finance and telecom sector";

    private final Directory directory;

    DemoPublishers(Directory directory) {
        this.directory = directory;
    }

    Publication publication(DemoScenario.Part part) {
        Publication by = publication(part.publisher(), part.name());
        Set<UUID> groups = part.sectorGroup() ? directory.sharingGroups().stream()
                .filter(g -> SECTOR_GROUP.equals(g.name())).map(SharingGroup::id).collect(Collectors.toSet()) : Set.of();
        return new Publication(by.publisherOrganisation(), by.publisherPerson(), organisations(part.organisations()),
                groups, part.people().stream().map(e -> person(e).id()).collect(Collectors.toSet()), by.source());
    }

    /** A publication by login {@code email} to nobody in particular. */
    Publication publication(String email, String source) {
        Person person = person(email);
        return new Publication(person.organisationId(), person.id(), Set.of(), Set.of(), Set.of(), source);
    }

    private Person person(String email) {
        return directory.personByEmail(email).orElseThrow(() -> new IllegalStateException(
                "Demo mode needs the demo login " + email + ", which this database does not have"));
    }

    private Set<UUID> organisations(List<String> domains) {
        return directory.organisations().stream().filter(o -> o.domains().stream().anyMatch(domains::contains))
                .map(Organisation::id).collect(Collectors.toSet());
    }
}
