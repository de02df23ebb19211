package org.sipar.intel;

import java.time.Instant;
import org.sipar.sharing.Tlp;

/**
 * One version of a STIX object as stored; {@code json} is the object as it was received.
 *
 * @param seq the order in which versions were added, which paging cursors follow
 * @param pap the PAP level recorded for it, or null
 */
public record StoredObject(long seq, String id, String type, String specVersion, String modified, Instant dateAdded,
                           Tlp tlp, String pap, String json) {
}
