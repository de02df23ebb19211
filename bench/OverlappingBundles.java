import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Writes K bundles of the same N indicator ids for the concurrent-import benchmark, each with a version of its
 * own (modified day k+1) and the ids in an order of its own, so that K imports running at once contend for the
 * same ids in every batch.
 * Usage: java bench/OverlappingBundles.java N K out-prefix    (writes out-prefix-0.json ... out-prefix-(K-1).json)
 */
public class OverlappingBundles {

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        int k = Integer.parseInt(args[1]);
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add("indicator--" + UUID.randomUUID());
        }
        for (int b = 0; b < k; b++) {
            List<String> order = new ArrayList<>(ids);
            Collections.shuffle(order, new Random(b));
            String modified = "2026-11-%02dT10:00:00.000Z".formatted(b + 1);
            try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[2] + "-" + b + ".json"), StandardCharsets.UTF_8)) {
                w.write("{\"type\":\"bundle\",\"id\":\"bundle--" + UUID.randomUUID() + "\",\"objects\":[\n");
                for (int i = 0; i < n; i++) {
                    w.write((i == 0 ? "" : ",\n") + indicator(order.get(i), modified, i));
                }
                w.write("\n]}\n");
            }
        }
    }

    static String indicator(String id, String modified, int i) {
        return "{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"" + id + "\",\"created\":\"2026-11-01T10:00:00.000Z\","
                + "\"modified\":\"" + modified + "\",\"name\":\"Overlapping indicator " + i + "\","
                + "\"indicator_types\":[\"malicious-activity\"],\"pattern\":\"[domain-name:value = 'host" + i + ".example.com']\","
                + "\"pattern_type\":\"stix\",\"valid_from\":\"2026-11-01T10:00:00Z\","
                + "\"object_marking_refs\":[\"marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb\"]}";
    }
}
