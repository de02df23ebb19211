package org.sipar.intel.internal.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeded random mutations of valid objects: ObjectChecks must never throw, and what it accepts must survive
 * a write and read with the JSON mapper unchanged, free of NUL, unpaired surrogates and non-finite numbers.
 */
class ObjectChecksFuzzTest {

    private static final long SEED = 20_260_101L;
    private static final int ITERATIONS = 4_000;
    private static final JsonMapper JSON = JsonMapper.shared();

    private final ObjectChecks checks = new ObjectChecks();

    @Test
    void mutatedObjectsAreRejectedByNameOrStoredUnchanged() throws IOException {
        List<ObjectNode> seeds = seeds();
        Random random = new Random(SEED);
        ObjectMutator mutator = new ObjectMutator(random);
        long deadline = System.nanoTime() + 10_000_000_000L;
        int accepted = 0;
        int run = 0;
        for (; run < ITERATIONS && System.nanoTime() < deadline; run++) {
            ObjectNode object = seeds.get(random.nextInt(seeds.size())).deepCopy();
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                mutator.mutate(object);
            }
            String input = object.toString();
            ObjectChecks.Outcome[] outcome = new ObjectChecks.Outcome[1];
            assertThatCode(() -> outcome[0] = checks.check(object)).as(input).doesNotThrowAnyException();
            outcome[0].errors().forEach(error -> assertThat(Stored.isClean(error)).as(error).isTrue());
            if (outcome[0].errors().isEmpty()) {
                accepted++;
                assertStoredUnchanged(object);
            }
        }
        assertThat(run).as("iterations within the time limit").isGreaterThan(1_000);
        assertThat(accepted).as("some mutants stay valid, so the acceptance path is exercised").isPositive();
    }

    private static void assertStoredUnchanged(ObjectNode object) {
        String written = JSON.writeValueAsString(object);
        assertThat(Stored.isClean(written)).as(written).isTrue();
        assertThat(JSON.readTree(written)).as(written).isEqualTo(object);
    }

    private static List<ObjectNode> seeds() throws IOException {
        List<ObjectNode> seeds = new ArrayList<>();
        for (String resource : List.of("conformance-bundle.json", "conformance-bundle-stix20.json")) {
            try (InputStream in = ObjectChecksFuzzTest.class.getResourceAsStream("/org/sipar/intel/" + resource)) {
                JSON.readTree(in).path("objects").forEach(object -> seeds.add((ObjectNode) object));
            }
        }
        attackObjects().limit(400).forEach(seeds::add);
        return seeds;
    }

    /** Objects of an ATT&CK bundle from ../shared when it is there; the fixtures alone suffice otherwise. */
    private static Stream<ObjectNode> attackObjects() throws IOException {
        Path bundle = Stream.of(Path.of("..", "shared"), Path.of("/work/shared"))
                .map(root -> root.resolve("data/attack/ics-attack-18.1.json")).filter(Files::isRegularFile)
                .findFirst().orElse(null);
        if (bundle == null) {
            return Stream.empty();
        }
        List<ObjectNode> objects = new ArrayList<>();
        JSON.readTree(bundle.toFile()).path("objects").forEach(object -> objects.add((ObjectNode) object));
        return objects.stream();
    }

    /** What PostgreSQL stores unchanged: text without NUL or unpaired surrogates. */
    private static final class Stored {
        static boolean isClean(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (c == 0 || (Character.isSurrogate(c) && !pair)) {
                    return false;
                }
                i += pair ? 1 : 0;
            }
            return true; // a non-finite number is written as a string, which the read-back comparison catches
        }
    }

    /** One random edit of an object somewhere in its tree. */
    private record ObjectMutator(Random random) {

        private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

        void mutate(ObjectNode root) {
            List<ObjectNode> containers = new ArrayList<>();
            collect(root, containers);
            ObjectNode target = containers.get(random.nextInt(containers.size()));
            List<String> names = new ArrayList<>(target.propertyNames());
            String name = names.isEmpty() || random.nextInt(5) == 0 ? "x_fuzz_" + random.nextInt(10) : names.get(random.nextInt(names.size()));
            switch (random.nextInt(4)) {
                case 0 -> target.remove(name);
                case 1 -> target.set(name, value(target.get(name)));
                case 2 -> target.set(name + (random.nextBoolean() ? "\u0000" : "\uD800"), value(null));
                default -> target.set(name, NODES.arrayNode().add(value(target.get(name))));
            }
        }

        private static void collect(JsonNode node, List<ObjectNode> containers) {
            if (node instanceof ObjectNode object) {
                containers.add(object);
            }
            node.forEach(child -> collect(child, containers));
        }

        /** A value of a random kind, often derived from the one it replaces. */
        private JsonNode value(JsonNode old) {
            String text = old != null && old.isString() ? old.stringValue() : "v";
            return switch (random.nextInt(12)) {
                case 0 -> NODES.stringNode(text + "\u0000");
                case 1 -> NODES.stringNode(text.substring(0, text.length() / 2) + "\uDC00");
                case 2 -> JSON.readTree("1e400");
                case 3 -> JSON.readTree("1" + "0".repeat(320));
                case 4 -> NODES.numberNode(random.nextLong());
                case 5 -> NODES.stringNode("x".repeat(random.nextInt(3) == 0 ? 1_100_000 : 300));
                case 6 -> NODES.booleanNode(random.nextBoolean());
                case 7 -> NODES.objectNode().set("nested", old == null ? NODES.nullNode() : old.deepCopy());
                case 8 -> NODES.stringNode("0000-01-01T00:00:00.000Z");
                case 9 -> NODES.arrayNode();
                case 10 -> NODES.nullNode();
                default -> NODES.stringNode(text.isEmpty() ? "" : text.substring(1));
            };
        }
    }
}
