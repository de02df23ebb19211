package org.sipar.intel;

import java.time.Instant;
import org.sipar.sharing.Tlp;

/**
 * One version of a STIX object as stored; {@code json} is the object as it was received.
 *
 * @param seq the row's number, which says nothing of order
 * @param position its place in the order versions became visible (commit order), which paging cursors follow
 * @param dateAdded when it was added: unique, and increasing with {@code position}
 * @param pap the PAP level recorded for it, or null
 */
public record StoredObject(long seq, long position, String id, String type, String specVersion, String modified, Instant dateAdded,
                           Tlp tlp, String pap, String json) {
}
