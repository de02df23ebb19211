package org.sipar.taxii.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a TAXII envelope into the STIX bundle that its import reads, written into the import queue's spool
 * file through {@link org.sipar.intel.BundleSource} (intel forces it to disk before the request is acknowledged).
 * An envelope is read once, as it arrives and in bounded memory: its objects are written out as a bundle and
 * their ids and versions are noted for the status.
 */
@Component
class Spool {

    private final JsonMapper json;
    private final TaxiiSettings settings;

    Spool(JsonMapper json, TaxiiSettings settings) {
        this.json = json;
        this.settings = settings;
    }

    /**
     * Reads a TAXII envelope from {@code body}, writes its objects to {@code out} as bundle {@code bundle--<id>}
     * and returns each object's status entry (id and version), in order. Refuses more than max_content_length
     * bytes (413) and anything but an envelope with a non-empty objects list (422).
     */
    List<ObjectNode> write(UUID id, InputStream body, OutputStream out) throws IOException {
        Limited in = new Limited(body, settings.maxBytes());
        try (JsonParser parser = json.createParser(in);
             JsonGenerator bundle = json.createGenerator(new Unclosed(out))) {
            List<ObjectNode> entries = copy(id, parser, bundle);
            in.transferTo(OutputStream.nullOutputStream());
            bundle.flush();
            return entries;
        } catch (RuntimeException | IOException e) {
            if (in.exceeded) {
                throw new TaxiiException(413, "Content too large",
                        "The content is longer than max_content_length, " + settings.maxBytes() + " bytes");
            }
            throw e;
        }
    }

    /** Copies the envelope's objects into a bundle, noting each one's entry. */
    private List<ObjectNode> copy(UUID id, JsonParser parser, JsonGenerator bundle) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw notAnEnvelope();
        }
        bundle.writeStartObject();
        bundle.writeStringProperty("type", "bundle");
        bundle.writeStringProperty("id", "bundle--" + id);
        List<ObjectNode> entries = null;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("objects".equals(name) && entries == null) {
                if (value != JsonToken.START_ARRAY) {
                    throw notAnEnvelope();
                }
                entries = new ArrayList<>();
                bundle.writeArrayPropertyStart("objects");
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    JsonNode object = parser.readValueAsTree();
                    entries.add(entry(json, object));
                    json.writeTree(bundle, object);
                }
                bundle.writeEndArray();
            } else {
                parser.skipChildren();
            }
        }
        if (entries == null || entries.isEmpty()) {
            throw notAnEnvelope();
        }
        if (parser.nextToken() != null) {
            throw TaxiiException.unprocessable("The content goes on after the TAXII envelope");
        }
        bundle.writeEndObject();
        return entries;
    }

    private static TaxiiException notAnEnvelope() {
        return TaxiiException.unprocessable("Expected a TAXII envelope: a JSON object with a non-empty 'objects' list");
    }

    /** A status detail: the object's id and version ({@code modified}, else {@code created}). */
    static ObjectNode entry(JsonMapper json, JsonNode object) {
        ObjectNode entry = json.createObjectNode();
        entry.put("id", object.path("id").asString(""));
        entry.put("version", object.path("modified").asString(object.path("created").asString("")));
        return entry;
    }

    /** The spool file is intel's to close, once it is forced to disk. */
    private static final class Unclosed extends java.io.FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** Counts the bytes read and fails past the limit, for bodies sent without a Content-Length. */
    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long count;
        boolean exceeded;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        /** The request's stream is the container's to close; the parser closing its source must not. */
        @Override
        public void close() {
        }

        private void counted(long n) throws IOException {
            count += n;
            if (count > limit) {
                exceeded = true;
                throw new IOException("The content is longer than max_content_length");
            }
        }
    }
}
