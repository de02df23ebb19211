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

    /** A change that added a version, which it carries. */
    sealed interface Added extends Change {

        StoredObject version();

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
    }

    /** A version that revokes its object was added: the object is withdrawn by its publisher. */
    record ObjectRevoked(StoredObject version) implements Added {
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
