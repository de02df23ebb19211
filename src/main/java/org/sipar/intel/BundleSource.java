package org.sipar.intel;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a STIX bundle for an import to queue: into the import's spool file, which is forced to disk once this
 * returns and before the submission is acknowledged. A caller whose input is not a bundle yet (a TAXII envelope)
 * converts it here, reading it once; an exception thrown here refuses the submission and leaves nothing behind.
 */
@FunctionalInterface
public interface BundleSource {

    void writeTo(OutputStream bundle) throws IOException;
}
