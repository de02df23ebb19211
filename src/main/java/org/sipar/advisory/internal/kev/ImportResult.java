package org.sipar.advisory.internal.kev;

/**
 * What an import of CISA's catalogue did: how many entries the file had, and of those how many were added, updated,
 * already as the file has them, and left as they are because they are national entries.
 */
public record ImportResult(int read, int added, int updated, int unchanged, int keptNational)
        implements java.io.Serializable {
}
