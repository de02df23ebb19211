package org.sipar.sharing;

import java.util.Set;
import java.util.UUID;

/**
 * Whoever asks to see intelligence, as the sharing policy needs to know them: a person in an organisation
 * (or a machine acting for one), or nobody signed in.
 *
 * @param personId the person, null when anonymous
 * @param organisationId their organisation, null when anonymous
 * @param hubCert whether their organisation is the hub's national CERT
 * @param groupIds the sharing groups their organisation belongs to
 */
public record Reader(UUID personId, UUID organisationId, boolean hubCert, Set<UUID> groupIds) {

    /** Nobody signed in. */
    public static final Reader ANONYMOUS = new Reader(null, null, false, Set.of());

    public Reader {
        groupIds = Set.copyOf(groupIds);
        if ((personId == null) != (organisationId == null)) {
            throw new IllegalArgumentException("A reader has both a person and an organisation or neither, not "
                    + personId + " and " + organisationId);
        }
    }

    /** Whether this reader is a signed-in member of the platform. */
    public boolean member() {
        return organisationId != null;
    }
}
