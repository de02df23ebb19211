package org.sipar.intel.internal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The MITRE ATT&amp;CK bundle demo mode shares, read from a file: Sipar does not ship a copy (no registry that
 * Sipar's build reaches publishes one), so demo mode takes {@code sipar.demo.attack-bundle}, or else the ICS bundle
 * of the reference data beside the project ({@code ../shared/data/attack/ics-attack-18.1.json}) when it exists.
 */
record AttackBundle(Path file, Map<String, String> techniques) {

    static final Path BESIDE = Path.of("..", "shared", "data", "attack", "ics-attack-18.1.json");
    /** MITRE's copyright statement marking, on every object of its bundles. */
    static final String MITRE_MARKING = "marking-definition--fa42a846-8d90-4e51-bc29-71d5b4802168";

    /** The bundle {@code setting} names (blank: the one beside the project), if that file exists. */
    static Optional<AttackBundle> find(String setting, JsonMapper json) {
        Path file = setting == null || setting.isBlank() ? BESIDE : Path.of(setting);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(new AttackBundle(file, techniques(file, json)));
    }

    /** The STIX ids of the bundle's current techniques by ATT&amp;CK id (T0866 ...), for the demo's relationships. */
    private static Map<String, String> techniques(Path file, JsonMapper json) {
        Map<String, String> ids = new HashMap<>();
        try (InputStream in = Files.newInputStream(file)) {
            for (JsonNode o : json.readTree(in).path("objects")) {
                if ("attack-pattern".equals(o.path("type").asString()) && !o.path("revoked").asBoolean(false)
                        && !o.path("x_mitre_deprecated").asBoolean(false)) {
                    o.path("external_references").forEach(r -> {
                        if (r.has("external_id")) {
                            ids.put(r.path("external_id").asString(), o.path("id").asString());
                        }
                    });
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the ATT&CK bundle " + file + ": " + e.getMessage(), e);
        }
        return Map.copyOf(ids);
    }

    /** The file name, which names the release (ics-attack-18.1.json). */
    String name() {
        return file.getFileName().toString();
    }
}
