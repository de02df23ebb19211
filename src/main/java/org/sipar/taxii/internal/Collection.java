package org.sipar.taxii.internal;

import java.util.Set;
import java.util.UUID;
import org.sipar.intel.ObjectQuery;

/**
 * One TAXII collection as a caller sees it.
 *
 * @param scope the part of the store it shows
 * @param recipientGroups the sharing groups that objects added to it are shared with
 */
record Collection(UUID id, String title, String description, ObjectQuery.Scope scope, Set<UUID> recipientGroups,
                  boolean canRead, boolean canWrite) {
}
