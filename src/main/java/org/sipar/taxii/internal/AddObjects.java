package org.sipar.taxii.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.sipar.intel.ImportReport;
import org.sipar.intel.Intelligence;
import org.sipar.intel.Publication;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Adds the objects of a TAXII envelope to a collection: the envelope becomes a bundle for the store's
 * import, published by the caller to the collection's recipients, and the import's report becomes the
 * status resource, one success or failure per object.
 */
@Service
class AddObjects {

    private final Intelligence intelligence;
    private final StatusStore statuses;
    private final JsonMapper json;
    private final TaxiiSettings settings;

    AddObjects(Intelligence intelligence, StatusStore statuses, JsonMapper json, TaxiiSettings settings) {
        this.intelligence = intelligence;
        this.statuses = statuses;
        this.json = json;
        this.settings = settings;
    }

    /** Imports the envelope read from {@code body} and returns its status resource. */
    String add(Caller caller, Collection target, InputStream body) throws IOException {
        JsonNode objects = objects(read(body));
        UUID statusId = UUID.randomUUID();
        List<ObjectNode> entries = new ArrayList<>();
        objects.forEach(o -> entries.add(entry(o, null)));
        statuses.begin(statusId, caller.user().personId(), target.id(), entries);
        Publication publication = new Publication(caller.user().organisationId(), caller.user().personId(), Set.of(),
                target.recipientGroups(), Set.of(), "TAXII");
        ImportReport report = intelligence.ingest(new ByteArrayInputStream(bundle(objects)), publication);
        outcome(statusId, objects, report);
        return statuses.find(statusId, caller.user().personId()).orElseThrow();
    }

    /** Reads at most max_content_length bytes, for bodies sent without a Content-Length. */
    private byte[] read(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes((int) settings.maxBytes() + 1);
        if (bytes.length > settings.maxBytes()) {
            throw new TaxiiException(413, "Content too large", "The content is longer than max_content_length");
        }
        return bytes;
    }

    private JsonNode objects(byte[] bytes) {
        JsonNode envelope = json.readTree(bytes);
        JsonNode objects = envelope.path("objects");
        if (!envelope.isObject() || !objects.isArray() || objects.isEmpty()) {
            throw TaxiiException.unprocessable("Expected a TAXII envelope: a JSON object with a non-empty 'objects' list");
        }
        return objects;
    }

    private byte[] bundle(JsonNode objects) {
        ObjectNode bundle = json.createObjectNode();
        bundle.put("type", "bundle");
        bundle.put("id", "bundle--" + UUID.randomUUID());
        bundle.set("objects", objects);
        return json.writeValueAsBytes(bundle);
    }

    private void outcome(UUID statusId, JsonNode objects, ImportReport report) {
        Map<Long, String> rejected = new HashMap<>();
        report.rejections().forEach(r -> rejected.put(r.index(), String.join("; ", r.reasons())));
        List<ObjectNode> successes = new ArrayList<>();
        List<ObjectNode> failures = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            String reason = rejected.get((long) i);
            if (reason != null || !"complete".equals(report.status())) {
                failures.add(entry(objects.get(i), reason != null ? reason : String.join("; ", report.notes())));
            } else {
                successes.add(entry(objects.get(i), null));
            }
        }
        statuses.complete(statusId, successes, failures);
    }

    /** A status detail: the object's id and version, and a message for failures. */
    private ObjectNode entry(JsonNode object, String message) {
        ObjectNode entry = json.createObjectNode();
        entry.put("id", object.path("id").asString(""));
        entry.put("version", object.path("modified").asString(object.path("created").asString("")));
        if (message != null) {
            entry.put("message", message);
        }
        return entry;
    }
}
