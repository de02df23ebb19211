package org.sipar.sharing;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sipar.identity.CurrentUser;
import org.sipar.identity.Directory;
import org.sipar.identity.OrganisationKind;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Works out, from who is signed in, the reader the sharing policy judges. */
@Component
public final class Readers {

    private final Directory directory;

    public Readers(Directory directory) {
        this.directory = directory;
    }

    /** The reader for an authentication: anonymous unless a Sipar person or machine is signed in. */
    public Reader of(Authentication auth) {
        return CurrentUser.of(auth).map(this::of).orElse(Reader.ANONYMOUS);
    }

    /** The reader for a signed-in person. */
    public Reader of(CurrentUser user) {
        boolean hub = directory.organisation(user.organisationId())
                .map(o -> o.kind() == OrganisationKind.NATIONAL_CERT).orElse(false);
        Set<UUID> groups = directory.sharingGroups().stream()
                .filter(g -> g.memberIds().contains(user.organisationId()))
                .map(g -> g.id()).collect(Collectors.toSet());
        return new Reader(user.personId(), user.organisationId(), hub, groups);
    }
}
