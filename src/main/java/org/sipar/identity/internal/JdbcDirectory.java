package org.sipar.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sipar.identity.Directory;
import org.sipar.identity.Organisation;
import org.sipar.identity.Person;
import org.sipar.identity.SharingGroup;
import org.springframework.stereotype.Service;

/** The directory other modules read, backed by the identity tables and remembered between their changes. */
@Service
class JdbcDirectory implements Directory {

    private final Organisations organisations;
    private final SharingGroups groups;
    private final People people;
    private final IdentityCache cache;

    JdbcDirectory(Organisations organisations, SharingGroups groups, People people, IdentityCache cache) {
        this.organisations = organisations;
        this.groups = groups;
        this.people = people;
        this.cache = cache;
    }

    @Override
    public Optional<Organisation> organisation(UUID id) {
        // There are tens of organisations, not thousands: a scan of the remembered list beats a query.
        return organisations().stream().filter(o -> o.id().equals(id)).findFirst();
    }

    @Override
    public List<Organisation> organisations() {
        return cache.organisations(organisations::all);
    }

    @Override
    public Optional<Person> person(UUID id) {
        return people.byId(id);
    }

    @Override
    public Optional<Person> personByEmail(String email) {
        return people.account(email).map(People.Account::person);
    }

    @Override
    public List<SharingGroup> sharingGroups() {
        return cache.sharingGroups(groups::all);
    }

    @Override
    public List<Organisation> organisationsOwning(String address) {
        return organisations.owning(address);
    }
}
