package org.sipar.identity.internal;

import java.util.List;
import java.util.UUID;

/** A person as submitted, before checks; {@code password} may be null to leave it unset or unchanged. */
record PersonDraft(String email, String displayName, UUID organisationId, List<String> roles, String password) {
}
