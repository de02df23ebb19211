package org.sipar.intel;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.sipar.sharing.Distribution;
import org.sipar.sharing.Tlp;

/**
 * A publisher's change of who may see its copy of an object, after import: widening or narrowing its TLP level and
 * naming other recipients, for a reason that the audit trail keeps. It applies to every version of the copy.
 * Versions that carry a TLP marking of their own keep that level (their JSON says it, and every output serves the
 * JSON as received, so another level would contradict it): {@code tlp} must then be theirs or null; the recipients
 * change for every version.
 *
 * @param id the STIX id of the object
 * @param tlp the new level of the versions without a TLP marking of their own, or null to keep each version's
 * @param organisations the recipient organisations, replacing those named before
 * @param groups the recipient sharing groups, replacing those named before
 * @param people the recipient people, replacing those named before
 * @param reason why, in the publisher's words (required)
 */
public record Redistribution(String id, Tlp tlp, Set<UUID> organisations, Set<UUID> groups, Set<UUID> people,
                             String reason) {

    public Redistribution {
        Objects.requireNonNull(id, "id");
        organisations = Set.copyOf(organisations);
        groups = Set.copyOf(groups);
        people = Set.copyOf(people);
    }

    /**
     * What a redistribution did: the distribution of the copy's latest version before and after, how many versions it
     * changed (0 when nothing differed: no write then) and the write's position in the change log (0 without a write).
     */
    public record Outcome(String id, Distribution before, Distribution after, int versions, long position) {
    }

    /**
     * The distribution of a publisher's copy as it is now: its latest version's, the level that the latest version's
     * own TLP marking fixes (null when it has none and so took its import's level), and how many versions it has.
     */
    public record Held(String id, String type, Distribution distribution, Tlp ownMarking, int versions) {
    }
}
