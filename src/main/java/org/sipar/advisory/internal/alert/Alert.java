package org.sipar.advisory.internal.alert;

import java.time.Instant;
import java.util.UUID;

/**
 * An advisory affects a product an organisation runs: raised once per organisation, advisory and registered product,
 * by the first published revision that affects it; open until someone of the organisation acknowledges it or the
 * advisory is withdrawn.
 *
 * @param withdrawnAt when the advisory's withdrawal closed the alert (then {@code acknowledgedAt} too), or null
 * @param title the advisory's current English title (filled in when read for a page), or null
 */
public record Alert(UUID id, UUID organisationId, UUID advisoryId, int revision, String trackingId, String registered,
                    String affected, Instant raisedAt, Instant seenAt, Instant acknowledgedAt, UUID acknowledgedBy,
                    Instant withdrawnAt, String title) {

    public boolean open() {
        return acknowledgedAt == null;
    }
}
