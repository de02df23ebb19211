import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import java.util.UUID;

/**
 * Telemetry end to end: publishes I indicators (random IPv4 addresses, TLP:CLEAR) as one bundle, waits until the
 * last one matches, then streams E Elastic Common Schema events (JSON lines of about 200 bytes, two addresses each,
 * one event in a hundred naming a published address) through one chunked POST /api/v1/telemetry and times it from
 * the first byte sent to the report received. Prints events/s, the report, and the matches expected.
 * Usage: java bench/TelemetryLoad.java BASE_URL INDICATORS EVENTS
 */
public class TelemetryLoad {

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        int indicators = Integer.parseInt(args[1]);
        long events = Long.parseLong(args[2]);
        String auth = "Basic " + Base64.getEncoder().encodeToString("analyst@bank.demo:sipar-demo".getBytes(StandardCharsets.UTF_8));
        Random random = new Random(42);
        String[] published = new String[indicators];
        StringBuilder bundle = new StringBuilder("{\"type\":\"bundle\",\"id\":\"bundle--" + UUID.randomUUID() + "\",\"objects\":[");
        for (int i = 0; i < indicators; i++) {
            published[i] = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
            bundle.append(i == 0 ? "" : ",").append("{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"indicator--")
                    .append(UUID.randomUUID()).append("\",\"created\":\"2026-01-01T00:00:00.000Z\",\"modified\":\"")
                    .append(java.time.Instant.now()).append("\",\"pattern\":\"[ipv4-addr:value = '").append(published[i])
                    .append("']\",\"pattern_type\":\"stix\",\"valid_from\":\"2026-01-01T00:00:00Z\",\"confidence\":90}");
        }
        bundle.append("]}");
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> stored = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/intel/bundles?tlp=CLEAR"))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(bundle.toString())).build(), HttpResponse.BodyHandlers.ofString());
        System.out.println("indicators: HTTP " + stored.statusCode());
        awaitMatch(client, base, auth, published[indicators - 1]);
        long start = System.nanoTime();
        HttpURLConnection c = (HttpURLConnection) base.resolve("/api/v1/telemetry?format=ecs").toURL().openConnection();
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setChunkedStreamingMode(1 << 16);
        c.setRequestProperty("Authorization", auth.replace("bank", "telco"));
        c.setRequestProperty("Content-Type", "application/x-ndjson");
        long expected = 0;
        try (OutputStream out = new BufferedOutputStream(c.getOutputStream(), 1 << 16)) {
            for (long e = 0; e < events; e++) {
                boolean hit = e % 100 == 0;
                expected += hit ? 1 : 0;
                String source = hit ? published[(int) (e / 100 % indicators)] : "192.0." + (e >> 8 & 255) + "." + (e & 255);
                out.write(("{\"@timestamp\":\"2026-12-04T10:" + String.format("%02d", e / 1000 % 60) + ":00Z\",\"event\":{\"kind\":\"event\"},"
                        + "\"source\":{\"ip\":\"" + source + "\",\"port\":" + (1024 + e % 60000) + "},\"destination\":{\"ip\":\"198.18."
                        + (e >> 8 & 255) + "." + (e & 255) + "\",\"port\":443},\"network\":{\"transport\":\"tcp\"}}\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        String report = new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d events in %.2f s: %.0f events/s (expected matches %d)%n%s%n", events, seconds, events / seconds,
                expected, report);
    }

    private static void awaitMatch(HttpClient client, URI base, String auth, String address) throws IOException, InterruptedException {
        for (int i = 0; i < 600; i++) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/match")).header("Authorization", auth)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"observables\":[{\"type\":\"ipv4-addr\",\"value\":\"" + address + "\"}]}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.body().contains("indicator--")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the published indicators never matched");
    }
}
