package org.sipar.identity;

import java.util.UUID;

/** A person was given an account. */
public record PersonRegistered(UUID personId, UUID organisationId, String email) {
}
