package org.sipar.advisory.internal.alert;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sipar.identity.Directory;
import org.sipar.identity.OrganisationKind;
import org.sipar.sharing.Reader;
import org.springframework.stereotype.Component;

/**
 * Who the sharing policy judges when an advisory would alert an organisation: a member of it who is none of the
 * people a distribution may name (as a webhook endpoint reads for its organisation). So an organisation is alerted
 * by what every member of it may see (CLEAR, GREEN, AMBER and AMBER+STRICT as shared with it, its groups or the
 * hub's CERT) and never by TLP:RED, which is for named people, not for the organisation's contact mailbox.
 */
@Component
class OrganisationReaders {

    /** The person id of this reader: it names nobody. */
    private static final UUID NOBODY = new UUID(0, 0);
    private final Directory directory;

    OrganisationReaders(Directory directory) {
        this.directory = directory;
    }

    Reader of(UUID organisation) {
        boolean hub = directory.organisation(organisation).map(o -> o.kind() == OrganisationKind.NATIONAL_CERT).orElse(false);
        Set<UUID> groups = directory.sharingGroups().stream().filter(g -> g.memberIds().contains(organisation))
                .map(g -> g.id()).collect(Collectors.toSet());
        return new Reader(NOBODY, organisation, hub, groups);
    }
}
