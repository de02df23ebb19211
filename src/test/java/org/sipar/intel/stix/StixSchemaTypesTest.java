package org.sipar.intel.stix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sipar.support.stix.ReferenceData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Cross-checks the property types against the OASIS STIX 2.1 JSON schemas in ../shared: every property a
 * schema types as a string, list, integer, boolean or object is rejected, at its own path, with a value of
 * another JSON type. The OASIS validator calls such findings schema errors.
 */
class StixSchemaTypesTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> STRING_REFS = Set.of("timestamp", "identifier", "url-regex", "binary", "hex");
    /** The common properties' schemas name no type: they are checked on one SDO and one SCO. */
    private static final java.util.Map<String, String> COMMON_HOLDERS = java.util.Map.of(
            "core.json", "identity", "cyber-observable-core.json", "file");
    private static final Set<String> NOT_CHECKED_HERE = Set.of("type", "id"); // they choose the object's kind

    @Test
    void everySchemaTypedPropertyRefusesAValueOfAnotherType() throws IOException {
        Path schemas = ReferenceData.require("data/stix/schemas");
        List<String> missed = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Stream.of("sdos", "sros", "observables", "common").flatMap(d -> list(schemas.resolve(d)))) {
            for (Path file : files.toList()) {
                JsonNode schema = JsonMapper.shared().readTree(file.toFile());
                String type = properties(schema).stream().filter(property -> "type".equals(property.getKey()))
                        .map(property -> property.getValue().path("enum").path(0).asString("")).findFirst().orElse("");
                type = type.isEmpty() ? COMMON_HOLDERS.getOrDefault(file.getFileName().toString(), "") : type;
                if (type.isEmpty() || "bundle".equals(type)) {
                    continue;
                }
                for (var property : properties(schema)) {
                    JsonNode wrong = wrongValue(property.getValue());
                    if (wrong == null || NOT_CHECKED_HERE.contains(property.getKey())) {
                        continue;
                    }
                    checked++;
                    ObjectNode object = base(type).set(property.getKey(), wrong);
                    boolean found = new StixValidator().validate(object).stream().anyMatch(finding ->
                            finding.severity() == Finding.Severity.ERROR && finding.property().equals(property.getKey()));
                    if (!found) {
                        missed.add(type + "." + property.getKey() + " = " + wrong);
                    }
                }
            }
        }
        assertThat(checked).as("schema properties checked").isGreaterThan(270);
        assertThat(missed).as("properties that accept a value of the wrong JSON type").isEmpty();
    }

    private static Stream<Path> list(Path folder) {
        try {
            return Files.list(folder).filter(path -> path.toString().endsWith(".json")).sorted().toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<java.util.Map.Entry<String, JsonNode>> properties(JsonNode schema) {
        List<java.util.Map.Entry<String, JsonNode>> all = new ArrayList<>(schema.path("properties").properties());
        schema.path("allOf").forEach(part -> all.addAll(part.path("properties").properties()));
        return all;
    }

    /** A value of another JSON type than the schema gives, or null when the schema gives no plain type. */
    private static JsonNode wrongValue(JsonNode property) {
        String ref = property.path("$ref").asString("");
        String refName = ref.substring(ref.lastIndexOf('/') + 1).replace(".json", "");
        String type = property.path("type").asString(STRING_REFS.contains(refName) ? "string" : "");
        return switch (type) {
            case "string" -> NODES.arrayNode().add("x");
            case "array" -> NODES.stringNode("x");
            case "integer", "boolean", "object" -> NODES.stringNode("1");
            case "number" -> NODES.stringNode("1.5");
            default -> null;
        };
    }

    private static ObjectNode base(String type) {
        return NODES.objectNode().put("type", type).put("spec_version", "2.1")
                .put("id", type + "--6f2a3dc4-9ab8-4a8b-8d0c-1ed8c1c5cdf4")
                .put("created", "2020-01-01T00:00:00.000Z").put("modified", "2020-01-01T00:00:00.000Z");
    }
}
