package org.sipar.intel;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the change log of intelligence, as a reader is told of it: in commit order, each at its
 * {@link #position()} (the cursor to resume after, comparable with {@link StoredObject#position()}).
 */
public sealed interface Change {

    /** Where this change stands in commit order. */
    long position();

    /** The id of the object it changed. */
    String id();

    /**
     * What kind of change this is, as every output names it (the change log's REST API, the live stream, webhooks):
     * added, revoked, redistributed, withdrawn or deleted.
     */
    default String kind() {
        return switch (this) {
            case VersionAdded a -> "added";
            case ObjectRevoked r -> "revoked";
            case VersionRedistributed r -> "redistributed";
            case VersionWithdrawn w -> "withdrawn";
            case VersionDeleted d -> "deleted";
        };
    }

    /** A change that added a version, which it carries. */
    sealed interface Added extends Change {

        StoredObject version();

        /** The same change carrying {@code other} (the version as a reader may see it). */
        Added with(StoredObject other);

        @Override
        default long position() {
            return version().position();
        }

        @Override
        default String id() {
            return version().id();
        }
    }

    /** A version was added (one that does not revoke its object). */
    record VersionAdded(StoredObject version) implements Added {
        @Override
        public Added with(StoredObject other) {
            return new VersionAdded(other);
        }
    }

    /** A version that revokes its object was added: the object is withdrawn by its publisher. */
    record ObjectRevoked(StoredObject version) implements Added {
        @Override
        public Added with(StoredObject other) {
            return new ObjectRevoked(other);
        }
    }

    /**
     * The publisher changed who may see a version held (its TLP level or recipients): told, at the redistribution's
     * position, to every reader who may see the version now, with its new level. For a reader who could not see it
     * before it is as if it was added; one who could may take it as the same version again, now distributed so.
     */
    record VersionRedistributed(StoredObject version) implements Added {
        @Override
        public Added with(StoredObject other) {
            return new VersionRedistributed(other);
        }
    }

    /**
     * The publisher narrowed the distribution of a version so that this reader may no longer see it: for the reader
     * it is gone, as if deleted (it stays held for those who may still see it). Told only to those who lost it.
     *
     * @param publisherOrganisation the organisation whose copy holds the version
     * @param withdrawnAt when the distribution was changed
     */
    record VersionWithdrawn(long position, String id, String type, String modified, UUID publisherOrganisation,
                            Instant withdrawnAt) implements Change {
    }

    /**
     * A version was deleted: a tombstone, told to those who could see the version.
     *
     * @param publisherOrganisation the organisation whose copy held the version
     * @param deletedAt when it was deleted
     */
    record VersionDeleted(long position, String id, String type, String modified, UUID publisherOrganisation,
                          Instant deletedAt) implements Change {
    }

    /** The change that a stored version makes: revoking its object or not. */
    static Change of(StoredObject version) {
        return version.revoked() ? new ObjectRevoked(version) : new VersionAdded(version);
    }
}
