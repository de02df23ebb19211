package org.sipar.taxii.internal;

import org.sipar.identity.CurrentUser;
import org.sipar.identity.Role;
import org.sipar.sharing.Reader;

/**
 * Who calls a TAXII endpoint: the signed-in person (null when anonymous) and the reader the sharing policy
 * judges.
 */
record Caller(CurrentUser user, Reader reader) {

    boolean signedIn() {
        return user != null;
    }

    boolean hubAdmin() {
        return user != null && user.isHubAdmin();
    }

    /** Analysts and administrators publish intelligence for their organisation; members only read. */
    boolean publishes() {
        return user != null && (user.roles().contains(Role.ANALYST) || user.roles().contains(Role.ORG_ADMIN)
                || user.roles().contains(Role.HUB_ADMIN));
    }

    /** Refuses anonymous callers with 401, so that a client knows to send credentials. */
    Caller requireSignedIn() {
        if (!signedIn()) {
            throw TaxiiException.unauthorized();
        }
        return this;
    }
}
