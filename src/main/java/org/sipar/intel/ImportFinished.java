package org.sipar.intel;

import java.util.UUID;

/**
 * An import ended: published through Spring Modulith's event publication registry in the transaction that
 * saved its report, so that a module listening with {@code @ApplicationModuleListener} learns of it after the
 * commit, and again after a crash until it has handled it. Its report is read through
 * {@link Intelligence#importReport}.
 *
 * @param status {@link ImportStatus#COMPLETE} or {@link ImportStatus#FAILED}
 * @param processed how many objects the import read
 */
public record ImportFinished(UUID importId, ImportStatus status, long processed) {
}
