package org.sipar.stream.internal.federation;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.sipar.sharing.Tlp;

/**
 * A federation link: a remote TAXII 2.1 collection that a local organisation pulls from, pushes to, or both.
 * {@code sealedSecret} is the password or token sealed by platform Secrets; it never leaves the server.
 */
record Link(UUID id, String name, UUID organisationId, UUID createdBy, String apiRoot, String collectionId,
            Auth auth, String authUser, String sealedSecret, Direction direction, int everySeconds, Tlp unmarkedTlp,
            Set<UUID> recipientOrgs, Set<UUID> recipientGroups, Tlp pushMaxTlp, State state) {

    enum Auth { NONE, BASIC, BEARER }

    enum Direction {
        PULL, PUSH, BOTH;

        boolean pulls() {
            return this != PUSH;
        }

        boolean pushes() {
            return this != PULL;
        }
    }

    /** What the runs have done so far. */
    record State(String pullCursor, Instant lastRemoteAdded, long pushCursor, long pulled, long pushed,
                 Instant lastSuccessAt, String lastError, Instant lastErrorAt, int failures, String lastNote,
                 String lastReconcile, Instant reconciledAt, Instant createdAt) {

        static final State NEW = new State(null, null, 0, 0, 0, null, null, null, 0, null, null, null, null);
    }

    /** The remote collection's URL, ending in /. */
    String collectionUrl() {
        return apiRoot + "collections/" + collectionId + "/";
    }

    /** Whether {@code other} points at the same remote collection (links that would loop into each other). */
    boolean sameRemote(Link other) {
        return apiRoot.equals(other.apiRoot) && collectionId.equals(other.collectionId);
    }
}
