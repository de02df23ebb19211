package org.sipar.intel.stix;

import java.util.ArrayList;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The references inside a 2.0 observable container: string values of *_ref and *_refs properties at any depth
 * (extensions and email MIME parts carry them too), naming other entries of the same container by key.
 */
final class LocalRefs {

    private LocalRefs() {
    }

    /** Calls back with every reference value under the node. */
    static void forEach(JsonNode node, Consumer<String> action) {
        if (node.isObject()) {
            node.forEachEntry((name, value) -> {
                if (isReference(name)) {
                    Nodes.elements(node, name).stream().filter(JsonNode::isString).map(JsonNode::stringValue)
                            .forEach(action);
                }
                forEach(value, action);
            });
        } else if (node.isArray()) {
            node.forEach(element -> forEach(element, action));
        }
    }

    /** Replaces, in place, every reference value that the map knows with what it maps to. */
    static void rewrite(JsonNode node, Map<String, String> replacements) {
        if (node instanceof ObjectNode object) {
            for (String name : new ArrayList<>(object.propertyNames())) {
                JsonNode value = object.get(name);
                if (isReference(name) && value.isString() && replacements.containsKey(value.stringValue())) {
                    object.put(name, replacements.get(value.stringValue()));
                } else if (isReference(name) && value instanceof ArrayNode list) {
                    replaceElements(list, replacements);
                } else {
                    rewrite(value, replacements);
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> rewrite(element, replacements));
        }
    }

    private static boolean isReference(String name) {
        return name.endsWith("_ref") || name.endsWith("_refs");
    }

    private static void replaceElements(ArrayNode list, Map<String, String> replacements) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).isString() && replacements.containsKey(list.get(i).stringValue())) {
                list.set(i, replacements.get(list.get(i).stringValue()));
            }
        }
    }
}
