package org.sipar.detect.internal.sighting;

import java.time.Instant;
import java.util.UUID;
import org.sipar.sharing.Tlp;

/**
 * One STIX sighting as stored: the matches of an indicator copy in one organisation's telemetry within one window,
 * with the level and anonymity the organisation chose; {@code version} grows with each change of its count.
 */
public record Sighting(UUID id, String indicator, UUID producer, UUID organisation, Instant windowStart, long count,
                Instant firstSeen, Instant lastSeen, Tlp tlp, boolean anonymous, int version, Instant createdAt,
                Instant updatedAt) {

    String stixId() {
        return "sighting--" + id;
    }
}
