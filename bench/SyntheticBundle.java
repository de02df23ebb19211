import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a synthetic STIX 2.1 bundle of N objects for the ingestion benchmark: indicators with STIX
 * patterns over IPv4 addresses, domains and file hashes, and relationships between them, half and half.
 * Usage: java bench/SyntheticBundle.java N out.json
 */
public class SyntheticBundle {

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String[] indicators = new String[Math.max(1, n / 2)];
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("{\"type\":\"bundle\",\"id\":\"bundle--" + UUID.randomUUID() + "\",\"objects\":[\n");
            for (int i = 0; i < n; i++) {
                w.write(i == 0 ? "" : ",\n");
                if (i % 2 == 0 || i / 2 >= indicators.length) {
                    String id = "indicator--" + UUID.randomUUID();
                    indicators[Math.min(i / 2, indicators.length - 1)] = id;
                    w.write(indicator(id, i, random));
                } else {
                    w.write(relationship(indicators[random.nextInt(i / 2 + 1)], indicators[i / 2]));
                }
            }
            w.write("\n]}\n");
        }
    }

    static String indicator(String id, int i, ThreadLocalRandom random) {
        String pattern = switch (i % 3) {
            case 0 -> "[ipv4-addr:value = '" + (random.nextInt(223) + 1) + "." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256) + "']";
            case 1 -> "[domain-name:value = 'host" + i + ".example" + random.nextInt(1000) + ".com']";
            default -> "[file:hashes.'SHA-256' = '" + "%064x".formatted(new java.math.BigInteger(256, random)) + "']";
        };
        return "{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"" + id + "\",\"created\":\"2026-11-01T10:00:00.000Z\","
                + "\"modified\":\"2026-11-01T10:00:00.000Z\",\"name\":\"Synthetic indicator " + i + "\","
                + "\"indicator_types\":[\"malicious-activity\"],\"pattern\":\"" + pattern + "\",\"pattern_type\":\"stix\","
                + "\"valid_from\":\"2026-11-01T10:00:00Z\",\"object_marking_refs\":[\"marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb\"]}";
    }

    static String relationship(String source, String target) {
        return "{\"type\":\"relationship\",\"spec_version\":\"2.1\",\"id\":\"relationship--" + UUID.randomUUID() + "\","
                + "\"created\":\"2026-11-01T10:00:00.000Z\",\"modified\":\"2026-11-01T10:00:00.000Z\","
                + "\"relationship_type\":\"related-to\",\"source_ref\":\"" + source + "\",\"target_ref\":\"" + target + "\","
                + "\"object_marking_refs\":[\"marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb\"]}";
    }
}
