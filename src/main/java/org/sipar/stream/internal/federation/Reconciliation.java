package org.sipar.stream.internal.federation;

import java.util.List;

/**
 * What a reconciliation found, version by version ({@code id@modified}): held upstream but not here (fetched),
 * held here from the link but no longer listed upstream (deleted here, when the whole manifest was read), and
 * objects whose versions differ; {@code complete} is false when the manifest was longer than one run reads.
 */
public record Reconciliation(int remoteVersions, int heldVersions, List<String> missingHere, List<String> missingThere,
                      List<String> differentVersions, int fetched, int deleted, boolean complete) {

    static final int SHOWN = 200;

    public Reconciliation {
        missingHere = List.copyOf(missingHere.subList(0, Math.min(SHOWN, missingHere.size())));
        missingThere = List.copyOf(missingThere.subList(0, Math.min(SHOWN, missingThere.size())));
        differentVersions = List.copyOf(differentVersions.subList(0, Math.min(SHOWN, differentVersions.size())));
    }

    public boolean same() {
        return missingHere.isEmpty() && missingThere.isEmpty() && differentVersions.isEmpty();
    }
}
