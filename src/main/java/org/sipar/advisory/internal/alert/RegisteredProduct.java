package org.sipar.advisory.internal.alert;

import java.time.Instant;
import java.util.UUID;

/** A product an organisation runs, as it registered it. */
public record RegisteredProduct(UUID id, UUID organisationId, ProductIdentifier identifier, String label,
                                UUID addedBy, Instant addedAt) {
}
