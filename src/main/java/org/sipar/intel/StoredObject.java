package org.sipar.intel;

import java.time.Instant;
import org.sipar.sharing.Tlp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One version of a STIX object as stored; {@code json} is the object as it was received.
 *
 * @param seq the row's number, which says nothing of order
 * @param position its place in the order versions became visible (commit order), which paging cursors follow
 * @param dateAdded when it was added: unique, and increasing with {@code position}
 * @param pap the PAP level recorded for it, or null
 * @param revoked whether this version revokes the object
 * @param json the object as received (or as much of it as the reader may see), verbatim
 */
public record StoredObject(long seq, long position, String id, String type, String specVersion, String modified, Instant dateAdded,
                           Tlp tlp, String pap, boolean revoked, String json) {

    private static final JsonMapper JSON = JsonMapper.shared();

    /** The object as a JSON tree, parsed from {@link #json()} on each call: keep it rather than calling again. */
    public JsonNode content() {
        return JSON.readTree(json);
    }

    /** This version with only {@code part} of its JSON, as granular markings leave it to a reader. */
    public StoredObject withJson(String part) {
        return new StoredObject(seq, position, id, type, specVersion, modified, dateAdded, tlp, pap, revoked, part);
    }
}
