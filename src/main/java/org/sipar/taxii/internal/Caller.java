package org.sipar.taxii.internal;

import org.sipar.identity.CurrentUser;
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

    /** Whether the caller publishes intelligence ({@link CurrentUser#publishes}); anonymous callers do not. */
    boolean publishes() {
        return user != null && user.publishes();
    }

    /** Refuses anonymous callers with 401, so that a client knows to send credentials. */
    Caller requireSignedIn() {
        if (!signedIn()) {
            throw TaxiiException.unauthorized();
        }
        return this;
    }
}
