package org.sipar.identity;

import java.util.List;
import java.util.UUID;

/** A named set of organisations, such as the banking sector, used as recipients of shared material. */
public record SharingGroup(UUID id, String name, String description, List<UUID> memberIds, List<String> memberNames) {
}
