package org.sipar.taxii.internal;

import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.sipar.platform.SiparSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The spooled copies of envelopes whose objects wait to be imported, one file per status under
 * {@code <data-dir>/taxii-spool/}. An envelope is read once, as it arrives and in bounded memory: its objects
 * are written out as a STIX bundle (what the import reads) and their ids and versions are noted for the status.
 * The file is forced to disk before the request is acknowledged, so an accepted request survives a crash.
 */
@Component
class Spool {

    private final Path dir;
    private final JsonMapper json;
    private final TaxiiSettings settings;

    @Autowired
    Spool(SiparSettings sipar, JsonMapper json, TaxiiSettings settings) {
        this(sipar.dataDir().resolve("taxii-spool"), json, settings);
    }

    Spool(Path dir, JsonMapper json, TaxiiSettings settings) {
        this.dir = dir.toAbsolutePath().normalize();
        this.json = json;
        this.settings = settings;
        try {
            Files.createDirectories(this.dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the TAXII spool directory " + this.dir, e);
        }
    }

    /** The spooled bundle of status {@code id}. */
    Path path(UUID id) {
        return dir.resolve(id + ".json");
    }

    /**
     * Reads a TAXII envelope from {@code body} into the spool file of status {@code id} and returns each
     * object's status entry (id and version), in order. Refuses more than max_content_length bytes (413) and
     * anything but an envelope with a non-empty objects list (422); nothing is left behind when it refuses.
     */
    List<ObjectNode> write(UUID id, InputStream body) throws IOException {
        Path file = path(id);
        Limited in = new Limited(body, settings.maxBytes());
        boolean written = false;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            List<ObjectNode> entries;
            try (OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
                 JsonParser parser = json.createParser(in);
                 JsonGenerator bundle = json.createGenerator(out)) {
                entries = copy(id, parser, bundle);
                in.transferTo(OutputStream.nullOutputStream());
                bundle.flush();
                out.flush();
                channel.force(true);
            }
            written = true;
            return entries;
        } catch (RuntimeException | IOException e) {
            if (in.exceeded) {
                throw new TaxiiException(413, "Content too large",
                        "The content is longer than max_content_length, " + settings.maxBytes() + " bytes");
            }
            throw e;
        } finally {
            if (!written) {
                Files.deleteIfExists(file);
            }
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

    /** Deletes the spool file of status {@code id}, if there is one. */
    void delete(UUID id) {
        try {
            Files.deleteIfExists(path(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes spool files last written before {@code before} that belong to none of {@code keep}: requests cut
     * off while they were being received, before they were acknowledged. Returns how many were deleted.
     */
    int deleteOrphans(Set<UUID> keep, Instant before) {
        int deleted = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                boolean kept = name.endsWith(".json") && keep.stream().anyMatch(id -> name.equals(id + ".json"));
                if (!kept && Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    Files.deleteIfExists(file);
                    deleted++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return deleted;
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
