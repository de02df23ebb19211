package org.sipar.taxii.internal;

import org.sipar.identity.CurrentUser;
import org.sipar.sharing.Readers;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Works out the caller of a TAXII request from its authentication. */
@Component
class Callers {

    private final Readers readers;

    Callers(Readers readers) {
        this.readers = readers;
    }

    Caller of(Authentication auth) {
        return new Caller(CurrentUser.of(auth).orElse(null), readers.of(auth));
    }
}
