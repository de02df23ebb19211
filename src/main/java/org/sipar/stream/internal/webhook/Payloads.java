package org.sipar.stream.internal.webhook;

import java.time.Instant;
import org.sipar.intel.Change;
import org.sipar.intel.StoredObject;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The body of a webhook message: {@code {"type": "stix.<kind>", "timestamp": ..., "data": {...}}} with {@code data}
 * holding {@code kind} (added, revoked, redistributed, withdrawn, deleted, as the change log's REST API names them),
 * the STIX {@code id}, {@code type}, {@code modified}, the change's {@code position} and, for added versions, their
 * {@code tlp} and the {@code object} as the endpoint's organisation may see it (granular markings applied).
 */
final class Payloads {

    private static final JsonMapper JSON = JsonMapper.shared();

    private Payloads() {
    }

    /** The body telling of {@code change}, queued at {@code at}. */
    static String body(Change change, Instant at) {
        ObjectNode body = JSON.createObjectNode();
        body.put("type", "stix." + change.kind());
        body.put("timestamp", at.toString());
        ObjectNode data = body.putObject("data");
        data.put("kind", change.kind());
        data.put("id", change.id());
        switch (change) {
            case Change.Added added -> version(data, added.version());
            case Change.VersionWithdrawn w -> data.put("type", w.type()).put("modified", w.modified());
            case Change.VersionDeleted d -> data.put("type", d.type()).put("modified", d.modified());
        }
        data.put("position", change.position());
        return JSON.writeValueAsString(body);
    }

    private static void version(ObjectNode data, StoredObject v) {
        data.put("type", v.type());
        data.put("modified", v.modified());
        data.put("tlp", v.tlp().label());
        data.set("object", v.content());
    }
}
