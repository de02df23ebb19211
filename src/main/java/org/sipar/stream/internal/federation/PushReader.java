package org.sipar.stream.internal.federation;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sipar.identity.Directory;
import org.sipar.identity.OrganisationKind;
import org.sipar.sharing.Reader;
import org.springframework.stereotype.Component;

/**
 * The reader a link pushes as: its organisation, through the person who made the link (a reader has a person),
 * with the organisation's sharing groups, so the sharing policy decides what the push may see.
 */
@Component
class PushReader {

    private final Directory directory;

    PushReader(Directory directory) {
        this.directory = directory;
    }

    Reader of(Link link) {
        UUID org = link.organisationId();
        boolean hub = directory.organisation(org).map(o -> o.kind() == OrganisationKind.NATIONAL_CERT).orElse(false);
        Set<UUID> groups = directory.sharingGroups().stream().filter(g -> g.memberIds().contains(org))
                .map(g -> g.id()).collect(Collectors.toSet());
        return new Reader(link.createdBy(), org, hub, groups);
    }
}
