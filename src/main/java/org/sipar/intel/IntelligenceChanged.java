package org.sipar.intel;

import java.util.List;
import java.util.UUID;

/**
 * The store changed, as other modules learn of it: published through Spring Modulith's event publication
 * registry in the transaction that made the change, so a module listening with {@code @ApplicationModuleListener}
 * reacts after the commit and is told again after a crash until it has handled the event. An event names
 * what changed, not who may see it: a listener reads the objects through {@link Intelligence}, under the policy.
 */
public sealed interface IntelligenceChanged {

    /**
     * Versions were added by one write; {@code position} is the write's place in commit order, which paging
     * cursors follow.
     *
     * @param importId the import they came with, or null
     * @param ids the ids of the objects that gained a version, in the order they were stored
     */
    record VersionsAdded(long position, UUID importId, List<String> ids) implements IntelligenceChanged {

        public VersionsAdded {
            ids = List.copyOf(ids);
        }
    }

    /**
     * Versions were deleted by their publisher (or a hub administrator), in one write at {@code position} in commit
     * order, which left a tombstone of each in the change log ({@link Intelligence#changes}).
     *
     * @param ids the ids of the objects that lost versions
     * @param versions how many versions were deleted
     */
    record VersionsDeleted(long position, List<String> ids, int versions) implements IntelligenceChanged {

        public VersionsDeleted {
            ids = List.copyOf(ids);
        }
    }

    /**
     * The publisher of object {@code id} changed who may see its copy ({@code versions} versions of it), in one write at
     * {@code position}: readers who may see it now are told it anew there, readers who lost it are told it is withdrawn
     * ({@link Change.VersionRedistributed}, {@link Change.VersionWithdrawn}).
     *
     * @param publisherOrganisation the organisation whose copy was redistributed
     */
    record Redistributed(long position, String id, java.util.UUID publisherOrganisation, int versions)
            implements IntelligenceChanged {
    }
}
