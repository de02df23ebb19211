package org.sipar.taxii.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sipar.intel.ObjectPage;
import org.sipar.intel.StoredObject;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a page of stored versions as a TAXII envelope, manifest or versions list, with the date-added
 * headers of the page, straight to the response. Objects go out verbatim: their stored text is spliced into
 * the envelope unparsed, in {@link #object}, the one place an object's JSON is written.
 */
final class ListingWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ListingWriter() {
    }

    /** Writes one item of a list into the body being built. */
    @FunctionalInterface
    private interface Item {
        void write(StringBuilder out, StoredObject o);
    }

    /** An envelope of the objects themselves. */
    static void envelope(ObjectPage page, HttpServletResponse response) throws IOException {
        write(page, "objects", ListingWriter::object, response);
    }

    /**
     * One object of an envelope: its JSON text as the store gave it, never parsed here. Parts hidden by granular
     * markings were already cut out by the intel module, which applies the sharing policy before rows leave it.
     */
    private static void object(StringBuilder out, StoredObject o) {
        out.append(o.json());
    }

    /** A manifest: one entry per version, without the object. */
    static void manifest(ObjectPage page, HttpServletResponse response) throws IOException {
        write(page, "objects", (out, o) -> {
            ObjectNode entry = JSON.createObjectNode();
            entry.put("id", o.id());
            entry.put("date_added", Taxii.timestamp(o.dateAdded()));
            entry.put("version", o.modified());
            entry.put("media_type", Taxii.STIX_MEDIA_TYPE);
            out.append(JSON.writeValueAsString(entry));
        }, response);
    }

    /** The versions of one object: their {@code modified} values. */
    static void versions(ObjectPage page, HttpServletResponse response) throws IOException {
        write(page, "versions", (out, o) -> out.append(JSON.writeValueAsString(JSON.getNodeFactory().stringNode(o.modified()))),
                response);
    }

    private static void write(ObjectPage page, String listName, Item item, HttpServletResponse response) throws IOException {
        List<StoredObject> objects = page.objects();
        int size = 64 + listName.length();
        for (StoredObject o : objects) {
            size += o.json().length() + 1;
        }
        // The cursor is base64url and the list name a constant: neither needs escaping.
        StringBuilder body = new StringBuilder(size).append("{\"more\":").append(page.more());
        if (page.more()) {
            body.append(",\"next\":\"").append(Filters.next(page.nextSeq())).append('"');
        }
        if (!objects.isEmpty()) {
            // TAXII lists are never empty: with nothing to show the property is left out.
            body.append(",\"").append(listName).append("\":[");
            for (int i = 0; i < objects.size(); i++) {
                if (i > 0) {
                    body.append(',');
                }
                item.write(body, objects.get(i));
            }
            body.append(']');
            response.setHeader("X-TAXII-Date-Added-First", Taxii.timestamp(objects.getFirst().dateAdded()));
            response.setHeader("X-TAXII-Date-Added-Last", Taxii.timestamp(objects.getLast().dateAdded()));
        }
        byte[] bytes = body.append('}').toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(200);
        response.setContentType(Taxii.MEDIA_TYPE);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
