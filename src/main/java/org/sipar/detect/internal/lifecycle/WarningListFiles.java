package org.sipar.detect.internal.lifecycle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Warning lists read from MISP's files: one {@code list.json}, or every {@code list.json} under a folder. */
public final class WarningListFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WarningListFiles() {
    }

    /** Every {@code list.json} below {@code folder} (MISP's {@code lists/<name>/list.json}), in path order. */
    public static List<WarningList> readAll(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.getFileName().toString().equals("list.json")).sorted()
                    .map(WarningListFiles::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the warning lists in " + folder, e);
        }
    }

    /** One file; a missing required field (name, version, description, type or list) is refused with the file named. */
    public static WarningList read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode root = JSON.readTree(in);
            String name = required(root, "name", file).asString();
            return new WarningList(name, required(root, "version", file).asInt(),
                    required(root, "description", file).asString(),
                    WarningListType.of(root.hasNonNull("type") ? root.get("type").asString() : "string"),
                    strings(required(root, "list", file)), Set.copyOf(strings(root.path("matching_attributes"))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the warning list " + file, e);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the warning list " + file + " is not valid: " + e.getMessage(), e);
        }
    }

    private static JsonNode required(JsonNode root, String field, Path file) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException("it has no \"" + field + "\" (" + file + ")");
        }
        return node;
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
