package org.sipar.identity;

import java.util.UUID;

/** An organisation joined the platform. */
public record OrganisationRegistered(UUID organisationId, String name, OrganisationKind kind) {
}
