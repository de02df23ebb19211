package org.sipar.taxii.internal;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sipar.intel.ObjectPage;
import org.sipar.intel.StoredObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a page of stored versions as a TAXII envelope, manifest or versions list, with the date-added
 * headers of the page. Objects go out verbatim: their stored text is spliced into the envelope unparsed.
 */
final class Pages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Pages() {
    }

    /** An envelope of the objects themselves. */
    static ResponseEntity<byte[]> envelope(ObjectPage page) {
        return respond(page, "objects", StoredObject::json);
    }

    /** A manifest: one entry per version, without the object. */
    static ResponseEntity<byte[]> manifest(ObjectPage page) {
        return respond(page, "objects", o -> {
            ObjectNode entry = JSON.createObjectNode();
            entry.put("id", o.id());
            entry.put("date_added", Taxii.timestamp(o.dateAdded()));
            entry.put("version", o.modified());
            entry.put("media_type", Taxii.STIX_MEDIA_TYPE);
            return JSON.writeValueAsString(entry);
        });
    }

    /** The versions of one object: their {@code modified} values. */
    static ResponseEntity<byte[]> versions(ObjectPage page) {
        return respond(page, "versions", o -> JSON.writeValueAsString(JSON.getNodeFactory().stringNode(o.modified())));
    }

    private static ResponseEntity<byte[]> respond(ObjectPage page, String listName, Function<StoredObject, String> item) {
        ObjectNode head = JSON.createObjectNode();
        head.put("more", page.more());
        if (page.more()) {
            head.put("next", Filters.next(page.nextSeq()));
        }
        String json = JSON.writeValueAsString(head);
        List<StoredObject> objects = page.objects();
        if (!objects.isEmpty()) {
            // TAXII lists are never empty: with nothing to show the property is left out.
            json = json.substring(0, json.length() - 1) + ",\"" + listName + "\":["
                    + objects.stream().map(item).collect(Collectors.joining(",")) + "]}";
        }
        return Taxii.respond(200, headers(objects), json);
    }

    private static HttpHeaders headers(List<StoredObject> objects) {
        HttpHeaders headers = new HttpHeaders();
        if (!objects.isEmpty()) {
            headers.add("X-TAXII-Date-Added-First", Taxii.timestamp(objects.getFirst().dateAdded()));
            headers.add("X-TAXII-Date-Added-Last", Taxii.timestamp(objects.getLast().dateAdded()));
        }
        return headers;
    }
}
