package org.sipar.identity;

import java.util.List;
import java.util.UUID;

/** A sharing group was created or its members changed. */
public record SharingGroupChanged(UUID sharingGroupId, String name, List<UUID> memberIds) {
}
