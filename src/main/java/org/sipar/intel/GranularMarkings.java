package org.sipar.intel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.sipar.intel.stix.Finding;
import org.sipar.intel.stix.StixValidator;
import org.sipar.sharing.Tlp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Removes the parts of an object that granular TLP markings (STIX 2.1 section 7.2.3) hide from a reader. The
 * markings of removed parts go with them and the remaining selectors are renumbered, so that what is left is
 * still a valid object; when it would not be (a required property was hidden), the whole object is withheld.
 */
final class GranularMarkings {

    private static final StixValidator VALIDATOR = new StixValidator();

    private GranularMarkings() {
    }

    /** The object as a reader for whom {@code visible} tells which TLP levels they may see; empty if withheld. */
    static Optional<ObjectNode> redact(ObjectNode object, Predicate<Tlp> visible) {
        if (!(object.get("granular_markings") instanceof ArrayNode markings)) {
            return Optional.of(object);
        }
        List<Selector> hidden = new ArrayList<>();
        List<JsonNode> kept = new ArrayList<>();
        for (JsonNode marking : markings) {
            Optional<Tlp> tlp = Tlp.ofMarking(marking.path("marking_ref").asString(""));
            if (tlp.isPresent() && !visible.test(tlp.get())) {
                marking.path("selectors").forEach(s -> hidden.add(Selector.parse(s.asString(""))));
            } else {
                kept.add(marking);
            }
        }
        if (hidden.isEmpty()) {
            return Optional.of(object);
        }
        if (hidden.contains(null)) {
            return Optional.empty(); // a hidden part we cannot locate cannot be removed, so nothing is shown
        }
        ObjectNode copy = object.deepCopy();
        hidden.stream().sorted(Selector.REMOVAL_ORDER).forEach(s -> s.removeFrom(copy));
        rewriteMarkings(copy, kept, hidden);
        boolean valid = VALIDATOR.validate(copy).stream().noneMatch(f -> f.severity() == Finding.Severity.ERROR);
        return valid ? Optional.of(copy) : Optional.empty();
    }

    private static void rewriteMarkings(ObjectNode copy, List<JsonNode> kept, List<Selector> hidden) {
        ArrayNode markings = copy.putArray("granular_markings");
        for (JsonNode marking : kept) {
            ArrayNode selectors = copy.arrayNode();
            for (JsonNode s : marking.path("selectors")) {
                Selector parsed = Selector.parse(s.asString(""));
                Optional<Selector> moved = parsed == null ? Optional.empty() : parsed.after(hidden);
                moved.filter(m -> m.resolves(copy)).ifPresent(m -> selectors.add(m.toString()));
            }
            if (!selectors.isEmpty()) {
                ObjectNode rewritten = (ObjectNode) marking.deepCopy();
                rewritten.set("selectors", selectors);
                markings.add(rewritten);
            }
        }
        if (markings.isEmpty()) {
            copy.remove("granular_markings");
        }
    }

    /** A selector's path: property names and list positions, as in {@code external_references.[0].url}. */
    record Selector(List<Object> steps) {

        /** Deeper and later list positions first, so that removing one never shifts another still to remove. */
        static final Comparator<Selector> REMOVAL_ORDER = (a, b) -> {
            for (int i = 0; i < Math.min(a.steps.size(), b.steps.size()); i++) {
                int c = compareStep(a.steps.get(i), b.steps.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(b.steps.size(), a.steps.size());
        };

        /** The selector written as {@code text}, or null when it is no selector. */
        static Selector parse(String text) {
            List<Object> steps = new ArrayList<>();
            for (String step : text.split("\\.", -1)) {
                if (step.isEmpty()) {
                    return null;
                }
                boolean index = step.startsWith("[") && step.endsWith("]");
                try {
                    steps.add(index ? (Object) Integer.parseInt(step.substring(1, step.length() - 1)) : step);
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            return new Selector(List.copyOf(steps));
        }

        boolean resolves(JsonNode root) {
            return !locate(root).isMissingNode();
        }

        private JsonNode locate(JsonNode root) {
            JsonNode at = root;
            for (Object step : steps) {
                at = step instanceof Integer i ? at.path(i) : at.path((String) step);
            }
            return at;
        }

        void removeFrom(ObjectNode root) {
            JsonNode parent = new Selector(steps.subList(0, steps.size() - 1)).locate(root);
            Object last = steps.getLast();
            if (last instanceof Integer i && parent instanceof ArrayNode list && i < list.size()) {
                list.remove(i.intValue());
            } else if (last instanceof String name && parent instanceof ObjectNode node) {
                node.remove(name);
            }
            if (parent instanceof ArrayNode list && list.isEmpty() && steps.size() > 1) {
                new Selector(steps.subList(0, steps.size() - 1)).removeFrom(root); // STIX lists are never empty
            }
        }

        /** This selector once {@code removed} are gone: renumbered, or empty when it pointed into a removed part. */
        Optional<Selector> after(List<Selector> removed) {
            List<Object> moved = new ArrayList<>(steps);
            for (Selector r : removed) {
                if (r.isPrefixOf(steps)) {
                    return Optional.empty();
                }
                int at = r.steps.size() - 1;
                if (r.steps.getLast() instanceof Integer gone && at < steps.size() && steps.get(at) instanceof Integer mine
                        && gone < mine && r.steps.subList(0, at).equals(steps.subList(0, at))) {
                    moved.set(at, (Integer) moved.get(at) - 1);
                }
            }
            return Optional.of(new Selector(moved));
        }

        private boolean isPrefixOf(List<Object> other) {
            return steps.size() <= other.size() && steps.equals(other.subList(0, steps.size()));
        }

        private static int compareStep(Object a, Object b) {
            if (a instanceof Integer x && b instanceof Integer y) {
                return Integer.compare(y, x);
            }
            return a.toString().compareTo(b.toString());
        }

        @Override
        public String toString() {
            return String.join(".", steps.stream().map(s -> s instanceof Integer i ? "[" + i + "]" : (String) s).toList());
        }
    }
}
