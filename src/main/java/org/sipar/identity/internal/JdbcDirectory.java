package org.sipar.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sipar.identity.Directory;
import org.sipar.identity.Organisation;
import org.sipar.identity.SharingGroup;
import org.springframework.stereotype.Service;

/** The directory other modules read, backed by the identity tables. */
@Service
class JdbcDirectory implements Directory {

    private final Organisations organisations;
    private final SharingGroups groups;

    JdbcDirectory(Organisations organisations, SharingGroups groups) {
        this.organisations = organisations;
        this.groups = groups;
    }

    @Override
    public Optional<Organisation> organisation(UUID id) {
        return organisations.byId(id);
    }

    @Override
    public List<Organisation> organisations() {
        return organisations.all();
    }

    @Override
    public List<SharingGroup> sharingGroups() {
        return groups.all();
    }

    @Override
    public List<Organisation> organisationsOwning(String address) {
        return organisations.owning(address);
    }
}
