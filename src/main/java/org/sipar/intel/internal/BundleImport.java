package org.sipar.intel.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.sipar.intel.ImportReport;
import org.sipar.intel.Publication;
import org.sipar.intel.Tlp;
import org.sipar.intel.stix.Stix20Upgrade;
import org.sipar.intel.stix.StixKind;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one bundle as a stream, object by object, in bounded memory: each object is checked (and upgraded
 * from STIX 2.0 when it is one), and the good ones are written in batches, each batch together with the
 * report so far. A bad object is rejected with its reasons and never takes the others down; input that
 * breaks off ends the import as failed, keeping every batch written before.
 */
final class BundleImport {

    private final JsonMapper json;
    private final ObjectChecks checks;
    private final Batches batches;
    private final Tlp defaultTlp;
    private final int batchSize;

    BundleImport(JsonMapper json, ObjectChecks checks, Batches batches, Tlp defaultTlp, int batchSize) {
        this.json = json;
        this.checks = checks;
        this.batches = batches;
        this.defaultTlp = defaultTlp;
        this.batchSize = batchSize;
    }

    ImportReport run(UUID id, InputStream input, Publication publication) {
        ReportBuilder report = new ReportBuilder(id, publication.source());
        List<Candidate> batch = new ArrayList<>(batchSize);
        try (JsonParser parser = json.createParser(input)) {
            readBundle(parser, publication, report, batch);
            batches.write(batch, report, "complete");
            return report.snapshot("complete");
        } catch (JacksonException | BundleRejected e) {
            // Objects read whole before the break are kept; the report says where reading stopped.
            report.note("Import stopped after " + report.snapshot("failed").processed() + " objects: " + e.getMessage());
            batches.write(batch, report, "failed");
            return report.snapshot("failed");
        }
    }

    private void readBundle(JsonParser parser, Publication publication, ReportBuilder report, List<Candidate> batch) {
        expect(parser.nextToken(), JsonToken.START_OBJECT, "a STIX bundle (a JSON object)");
        boolean stix20 = false;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("spec_version".equals(name)) {
                stix20 = "2.0".equals(parser.getString());
            } else if ("type".equals(name) && !"bundle".equals(parser.getString())) {
                throw new BundleRejected("expected type 'bundle' but found '" + parser.getString() + "'");
            } else if ("objects".equals(name)) {
                expect(value, JsonToken.START_ARRAY, "an array of objects in 'objects'");
                readObjects(parser, stix20, publication, report, batch);
            } else {
                parser.skipChildren();
            }
        }
    }

    private void readObjects(JsonParser parser, boolean stix20, Publication publication, ReportBuilder report,
                             List<Candidate> batch) {
        long index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            JsonNode object = parser.readValueAsTree();
            report.read();
            accept(object, index++, stix20, publication, report, batch);
            if (batch.size() >= batchSize) {
                batches.write(batch, report, "running");
                batch.clear();
            }
        }
    }

    private void accept(JsonNode object, long index, boolean stix20, Publication publication, ReportBuilder report,
                        List<Candidate> batch) {
        String type = object.path("type").asString("");
        String id = object.path("id").asString(null);
        if (!object.isObject()) {
            report.reject("(not an object)", index, null, List.of("expected a JSON object but found " + object.getNodeType()));
            return;
        }
        boolean upgraded = stix20 || object.path("spec_version").isMissingNode() && !isSco(type);
        JsonNode candidate = upgraded ? upgrade(object, report) : object;
        ObjectChecks.Outcome outcome = checks.check(candidate);
        if (!outcome.errors().isEmpty()) {
            report.reject(type.isEmpty() ? "(no type)" : type, index, id, outcome.errors());
            return;
        }
        Tlp tlp = Markings.tlp(candidate).orElse(defaultTlp);
        batch.add(new Candidate(candidate, type, id, version(candidate), publication.at(tlp), upgraded,
                outcome.warnings(), Markings.pap(candidate)));
    }

    private static boolean isSco(String type) {
        return StixKind.isValidTypeName(type) && StixKind.of(type) instanceof StixKind.Sco;
    }

    private static JsonNode upgrade(JsonNode object, ReportBuilder report) {
        Stix20Upgrade.Result result = new Stix20Upgrade().upgrade(object);
        result.notes().forEach(n -> report.note("STIX 2.0 upgrade: " + n));
        return result.object();
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
