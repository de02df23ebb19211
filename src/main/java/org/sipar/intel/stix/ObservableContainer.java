package org.sipar.intel.stix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lifts the observables of a STIX 2.0 observed-data container (keys "0", "1", ... with local references) into
 * 2.1 SCOs: each gets spec_version, a deterministic id where its ID contributing properties allow one (in
 * dependency order, since a network-traffic's id depends on its addresses'), and references rewritten to ids.
 */
final class ObservableContainer {

    // Properties 2.1 renamed (STIX 2.0 part 4 against 2.1 section 6); each rename is reported in the notes.
    private static final Map<String, Map<String, String>> RENAMED = Map.of(
            "file", Map.of("created", "ctime", "modified", "mtime", "accessed", "atime"),
            "directory", Map.of("created", "ctime", "modified", "mtime", "accessed", "atime"),
            "process", Map.of("created", "created_time", "binary_ref", "image_ref"),
            "user-account", Map.of("password_last_changed", "credential_last_changed"),
            "windows-registry-key", Map.of("modified", "modified_time"));
    // Properties 2.1 dropped: kept all the same (nothing is dropped), but reported.
    private static final Map<String, List<String>> GONE_IN_2_1 = Map.of(
            "file", List.of("is_encrypted", "encryption_algorithm", "decryption_key"),
            "process", List.of("name", "arguments"));

    private ObservableContainer() {
    }

    /** Returns the container's observables as 2.1 SCOs, or none (with a note saying why) when they cannot be lifted. */
    static List<ObjectNode> lift(JsonNode container, List<String> notes) {
        if (container == null || !container.isObject() || container.isEmpty()) {
            return List.of();
        }
        Optional<String> obstacle = obstacle(container);
        if (obstacle.isPresent()) {
            notes.add("kept the objects container only: " + obstacle.get());
            return List.of();
        }
        Map<String, ObjectNode> scos = new LinkedHashMap<>();
        container.forEachEntry((key, observable) -> scos.put(key, toSco(key, (ObjectNode) observable, notes)));
        Map<String, String> ids = assignIds(scos, notes);
        scos.forEach((key, sco) -> LocalRefs.rewrite(sco.put("id", ids.get(key)), ids));
        notes.add("kept the deprecated objects container, which 2.1 still allows, and lifted its observables into"
                + " 2.1 SCOs " + ids + "; Result.withObjectRefs() gives the object_refs form");
        return new ArrayList<>(scos.values());
    }

    /** Why the container cannot be lifted: an entry without a type, or a reference to a key it lacks. */
    private static Optional<String> obstacle(JsonNode container) {
        List<String> dangling = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : container.properties()) {
            JsonNode observable = entry.getValue();
            if (!observable.isObject() || !StixKind.isValidTypeName(Nodes.string(observable, "type").orElse(""))) {
                return Optional.of("observable '" + entry.getKey() + "' has no valid type");
            }
            LocalRefs.forEach(observable, ref -> {
                if (!container.has(ref)) {
                    dangling.add(ref);
                }
            });
        }
        return dangling.isEmpty() ? Optional.empty() : Optional.of("references " + dangling + " point outside it");
    }

    private static ObjectNode toSco(String key, ObjectNode observable, List<String> notes) {
        String type = observable.get("type").stringValue();
        Map<String, String> renamed = RENAMED.getOrDefault(type, Map.of());
        ObjectNode sco = JsonNodeFactory.instance.objectNode().put("type", type).put("spec_version", "2.1").put("id", "");
        observable.forEachEntry((name, value) -> {
            String name21 = renamed.containsKey(name) && !observable.has(renamed.get(name)) ? renamed.get(name) : name;
            if (!name21.equals(name)) {
                notes.add("observable '" + key + "' (" + type + "): renamed " + name + " to its 2.1 name " + name21);
            } else if (GONE_IN_2_1.getOrDefault(type, List.of()).contains(name)) {
                notes.add("observable '" + key + "' (" + type + "): kept " + name + ", which 2.1 no longer defines");
            }
            if (!"type".equals(name)) {
                sco.set(name21, value.deepCopy());
            }
        });
        return sco;
    }

    /** Deterministic ids in dependency order; what depends on a cycle, or has no contributing property, gets a UUIDv4. */
    private static Map<String, String> assignIds(Map<String, ObjectNode> scos, List<String> notes) {
        Map<String, String> ids = existingIds(scos);
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Map.Entry<String, ObjectNode> entry : scos.entrySet()) {
                if (!ids.containsKey(entry.getKey()) && contributingRefsKnown(entry.getValue(), ids)) {
                    ids.put(entry.getKey(), idFor(entry.getValue(), ids));
                    progress = true;
                }
            }
        }
        scos.forEach((key, sco) -> ids.computeIfAbsent(key, cyclic -> {
            notes.add("observable '" + cyclic + "' got a UUIDv4: its ID contributing references form a cycle");
            return sco.get("type").stringValue() + "--" + UUID.randomUUID();
        }));
        return ids;
    }

    /** An observable that already names itself with an id of its type (2.1 content in a container) keeps it. */
    private static Map<String, String> existingIds(Map<String, ObjectNode> scos) {
        Map<String, String> ids = new LinkedHashMap<>();
        scos.forEach((key, sco) -> Nodes.string(sco, "id").flatMap(StixId::parse)
                .filter(id -> id.type().equals(sco.get("type").stringValue()))
                .ifPresent(id -> ids.put(key, id.toString())));
        return ids;
    }

    private static boolean contributingRefsKnown(ObjectNode sco, Map<String, String> ids) {
        List<String> refs = new ArrayList<>();
        for (String property : ScoIdentity.contributingProperties(sco.get("type").stringValue())) {
            if (sco.has(property)) {
                // Wrapped, so that a property which is itself a reference (src_ref) is seen under its name.
                LocalRefs.forEach(JsonNodeFactory.instance.objectNode().set(property, sco.get(property)), refs::add);
            }
        }
        return ids.keySet().containsAll(refs);
    }

    private static String idFor(ObjectNode sco, Map<String, String> ids) {
        ObjectNode resolved = sco.deepCopy();
        LocalRefs.rewrite(resolved, ids);
        return ScoIdentity.expected(resolved).orElseGet(() -> sco.get("type").stringValue() + "--" + UUID.randomUUID());
    }
}
