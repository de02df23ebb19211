package org.sipar.intel.internal.ingestion;

import java.io.InputStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.sipar.intel.ImportReport;
import org.sipar.intel.ImportStatus;
import org.sipar.intel.Publication;
import org.sipar.intel.stix.Stix20Upgrade;
import org.sipar.intel.stix.StixKind;
import org.sipar.sharing.Tlp;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one bundle as a stream, object by object, in bounded memory: each object is checked (and upgraded
 * from STIX 2.0 when it is one), and the good ones are handed in batches to a {@link Pipeline} that writes
 * them while the next batch is read. A bad object is rejected with its reasons and never takes the others
 * down; input that breaks off ends the import as failed, keeping every object read whole before.
 */
final class BundleImport {

    private final JsonMapper json;
    private final ObjectChecks checks;
    private final BatchWriter batches;
    private final Tlp defaultTlp;
    private final int batchSize;
    /**
     * The first batch of an import holds at most this many objects, the next twice as many, and so on up to the
     * batch size: a small import (a TAXII envelope of a few hundred) is then written by both writers while the
     * rest is still being checked, instead of in one batch after all was read; a bulk import hardly notices.
     */
    static final int FIRST_BATCH = 200;
    private final long maxObjectBytes;
    /** The writing threads every import shares. */
    private final Executor writers;
    private final Clock clock;

    BundleImport(JsonMapper json, ObjectChecks checks, BatchWriter batches, Tlp defaultTlp, int batchSize, long maxObjectBytes,
                 Executor writers, Clock clock) {
        this.json = json;
        this.checks = checks;
        this.batches = batches;
        this.defaultTlp = defaultTlp;
        this.batchSize = batchSize;
        this.maxObjectBytes = maxObjectBytes;
        this.writers = writers;
        this.clock = clock;
    }

    ImportReport run(UUID id, InputStream input, Publication publication) {
        Pipeline pipeline = new Pipeline(batches, new ReportBuilder(id, publication.source(), clock), writers);
        Reading reading = new Reading(publication, pipeline);
        reading.batchLimit = Math.min(FIRST_BATCH, batchSize);
        try (JsonParser parser = json.createParser(input)) {
            readBundle(parser, reading);
            return pipeline.finish(reading.segment, ImportStatus.COMPLETE);
        } catch (JacksonException | BundleRejected e) {
            reading.segment.notes.add("Import stopped after " + reading.index + " objects: " + e.getMessage());
            return pipeline.finish(reading.segment, ImportStatus.FAILED);
        }
    }

    /** The state of one pass over the input. */
    private static final class Reading {
        final Publication publication;
        final Pipeline pipeline;
        Batch segment = new Batch();
        /** How many objects the current batch takes: small at first, doubling up to the batch size (see {@link #FIRST_BATCH}). */
        int batchLimit;
        boolean stix20;
        long index;
        /** PAP marking definitions met so far in this bundle, by id, with their level. */
        final Map<String, String> papMarkings = new HashMap<>();

        Reading(Publication publication, Pipeline pipeline) {
            this.publication = publication;
            this.pipeline = pipeline;
        }
    }

    private void readBundle(JsonParser parser, Reading reading) {
        expect(parser.nextToken(), JsonToken.START_OBJECT, "a STIX bundle (a JSON object)");
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("spec_version".equals(name)) {
                reading.stix20 = "2.0".equals(parser.getString());
            } else if ("type".equals(name) && !"bundle".equals(parser.getString())) {
                throw new BundleRejected("expected type 'bundle' but found '" + parser.getString() + "'");
            } else if ("objects".equals(name)) {
                expect(value, JsonToken.START_ARRAY, "an array of objects in 'objects'");
                readObjects(parser, reading);
            } else {
                parser.skipChildren();
            }
        }
    }

    private void readObjects(JsonParser parser, Reading reading) {
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            long start = offset(parser.currentTokenLocation());
            JsonNode object = parser.readValueAsTree();
            long size = offset(parser.currentLocation()) - start;
            reading.segment.read++;
            if (size > maxObjectBytes) {
                reject(reading, object.path("type").asString("(no type)"), reading.index++, object.path("id").asString(null),
                        List.of("the object is " + size + " bytes, over the limit of " + maxObjectBytes
                                + " bytes per object (setting sipar.intel.max-object-bytes)"));
                continue;
            }
            accept(object, reading.index++, reading);
            if (reading.segment.candidates.size() >= reading.batchLimit) {
                reading.pipeline.submit(reading.segment);
                reading.segment = new Batch();
                reading.batchLimit = Math.min(batchSize, reading.batchLimit * 2);
            }
        }
    }

    private void accept(JsonNode object, long index, Reading reading) {
        if (!object.isObject()) {
            reject(reading, "(not an object)", index, null, List.of("expected a JSON object but found " + object.getNodeType()));
            return;
        }
        String type = object.path("type").asString("");
        boolean upgraded = reading.stix20 || object.path("spec_version").isMissingNode() && !isSco(type);
        if (!upgraded) {
            check(object, index, false, null, reading);
            return;
        }
        Stix20Upgrade.Result result = new Stix20Upgrade().upgrade(object);
        result.notes().forEach(n -> reading.segment.notes.add("STIX 2.0 upgrade: " + n));
        Tlp tlp = check(result.withObjectRefs(), index, true, null, reading);
        // Observables lifted out of a 2.0 observed-data were part of it: they share its marking.
        result.observables().forEach(sco -> check(sco, index, true, tlp, reading));
    }

    /** Checks one object and queues or rejects it; returns its TLP level, or null when rejected. */
    private Tlp check(JsonNode object, long index, boolean upgraded, Tlp inherited, Reading reading) {
        String type = object.path("type").asString("");
        ObjectChecks.Outcome outcome = checks.check(object);
        if (!outcome.errors().isEmpty()) {
            reject(reading, type.isEmpty() ? "(no type)" : type, index, object.path("id").asString(null), outcome.errors());
            return null;
        }
        Tlp unmarked = reading.publication.unmarked() != null ? reading.publication.unmarked() : defaultTlp;
        Tlp tlp = Markings.tlp(object).orElse(inherited != null ? inherited : unmarked);
        if ("marking-definition".equals(type) && Markings.papDefinition(object) != null) {
            reading.papMarkings.put(object.path("id").asString(), Markings.papDefinition(object));
        }
        reading.segment.candidates.add(new CheckedObject(index, object, type, object.path("id").asString(null), version(object),
                reading.publication.at(tlp), upgraded, outcome.warnings(), Markings.pap(object, reading.papMarkings)));
        return tlp;
    }

    private static void reject(Reading reading, String type, long index, String id, List<String> reasons) {
        reading.segment.rejected.add(new Batch.Rejected(type, index, id, reasons));
    }

    private static long offset(tools.jackson.core.TokenStreamLocation location) {
        return location.getByteOffset() >= 0 ? location.getByteOffset() : location.getCharOffset();
    }

    private static boolean isSco(String type) {
        return StixKind.isValidTypeName(type) && StixKind.of(type) instanceof StixKind.Sco;
    }

    /** The version key: {@code modified}, else {@code created}, else empty for objects with a single version. */
    static String version(JsonNode object) {
        return object.path("modified").asString(object.path("created").asString(""));
    }

    private static void expect(JsonToken found, JsonToken expected, String what) {
        if (found != expected) {
            throw new BundleRejected("expected " + what + " but found " + found);
        }
    }

    /** The input is not a bundle at all. */
    static final class BundleRejected extends RuntimeException {
        BundleRejected(String message) {
            super(message);
        }
    }
}
