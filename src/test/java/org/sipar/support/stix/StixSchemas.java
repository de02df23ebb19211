package org.sipar.support.stix;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The OASIS STIX 2.1 JSON schemas (draft 2020-12) from the shared reference data, read from disk: their
 * {@code $id}s and {@code $ref}s name raw.githubusercontent.com, and the registry's schema hook serves that
 * prefix from the local folder, so that no test depends on the network. The validator is built on Jackson 3, so objects go in as they are.
 */
public final class StixSchemas {

    public static final String BASE = "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";

    /** The STIX objects whose schema lives in common/ rather than in a folder of their kind. */
    private static final Set<String> COMMON = Set.of("marking-definition", "language-content", "extension-definition");

    /** Only plain type names become file names, so that no type can point outside the schema folder. */
    private static final Pattern TYPE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Path folder;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private StixSchemas(Path folder) {
        this.folder = folder;
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(this::readLocal));
    }

    /** The text of the schema named {@code iri}, from the local folder; null (not ours) for any other IRI. */
    private String readLocal(String iri) {
        if (!iri.startsWith(BASE)) {
            return null;
        }
        Path file = folder.resolve(iri.substring(BASE.length())).normalize();
        try {
            return file.startsWith(folder.normalize()) ? Files.readString(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the STIX schema " + file, e);
        }
    }

    /** The schemas in the shared data; skips the calling test when it is absent (fails under CI). */
    public static StixSchemas shared() {
        return new StixSchemas(ReferenceData.require("data/stix/schemas"));
    }

    /** The schema errors of one STIX object, each naming where in the object it lies; empty when it is valid. */
    public List<String> validate(JsonNode object) {
        String file = schemaFile(object.path("type").asString(""));
        return schemas.computeIfAbsent(file, f -> registry.getSchema(SchemaLocation.of(BASE + f)))
                .validate(object).stream().map(Error::toString).toList();
    }

    /** The schema file for objects of {@code type}, relative to the schema folder. */
    public String schemaFile(String type) {
        if (COMMON.contains(type)) {
            return "common/" + type + ".json";
        }
        if (TYPE_NAME.matcher(type).matches()) {
            for (String kind : List.of("sdos", "sros", "observables")) {
                if (Files.isRegularFile(folder.resolve(kind).resolve(type + ".json"))) {
                    return kind + "/" + type + ".json";
                }
            }
        }
        // Custom types (x-mitre-tactic, x-mitre-matrix ...) have no OASIS schema: the properties common to all
        // SDOs and SROs are what the specification lets us check. A custom SCO would need cyber-observable-core
        // instead, but Sipar has no way to tell one from its type alone, and none is emitted today.
        return "common/core.json";
    }
}
