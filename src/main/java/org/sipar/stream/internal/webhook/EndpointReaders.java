package org.sipar.stream.internal.webhook;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sipar.identity.Directory;
import org.sipar.identity.OrganisationKind;
import org.sipar.sharing.Reader;
import org.springframework.stereotype.Component;

/**
 * Who the sharing policy judges when an endpoint reads the change log: its organisation, as a member of it who is
 * none of the people a distribution may name (the reader's person is the endpoint's own id, which names nobody).
 * So an endpoint receives what every member of its organisation may see (CLEAR, GREEN, AMBER and AMBER+STRICT
 * as shared with the organisation, its sharing groups or the hub's CERT) and never TLP:RED, which is for named
 * people only: a machine of the organisation is not them, whoever registered it. It also keeps working, with the
 * same reach, when the administrator who registered it leaves.
 */
@Component
class EndpointReaders {

    private final Directory directory;

    EndpointReaders(Directory directory) {
        this.directory = directory;
    }

    Reader of(Endpoint endpoint) {
        return of(endpoint.id(), endpoint.organisationId());
    }

    Reader of(UUID endpoint, UUID organisation) {
        boolean hub = directory.organisation(organisation).map(o -> o.kind() == OrganisationKind.NATIONAL_CERT).orElse(false);
        Set<UUID> groups = directory.sharingGroups().stream().filter(g -> g.memberIds().contains(organisation))
                .map(g -> g.id()).collect(Collectors.toSet());
        return new Reader(endpoint, organisation, hub, groups);
    }
}
