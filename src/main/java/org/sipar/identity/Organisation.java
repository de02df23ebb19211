package org.sipar.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An organisation taking part, with the assets it answers for.
 *
 * @param networks IPv4 and IPv6 networks in CIDR notation
 * @param asns autonomous system numbers
 * @param domains domain names, lower-case ASCII (IDNs in their xn-- form)
 */
public record Organisation(UUID id, String name, OrganisationKind kind, String sector, String contactEmail,
                           List<String> networks, List<Long> asns, List<String> domains, Instant createdAt) {
}
