import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * TAXII read load: latency of a 100-object page at the first, middle and last page of a collection, then
 * pages per second with C concurrent clients on random pages. Bounded in requests and time; loopback only.
 * Usage: java bench/TaxiiLoad.java BASE_URL TOKEN COLLECTION MAX_SEQ [CLIENTS=8] [SECONDS=20]
 * (a Sipar API token: machines use tokens, which are checked with one SHA-256, not a password hash)
 */
public class TaxiiLoad {

    static final String ACCEPT = "application/taxii+json;version=2.1";

    public static void main(String[] args) throws Exception {
        String base = args[0], auth = "Bearer " + args[1];
        String objects = base + "/taxii2/api/collections/" + args[2] + "/objects/?limit=100";
        long maxSeq = Long.parseLong(args[3]);
        int clients = args.length > 4 ? Integer.parseInt(args[4]) : 8;
        int seconds = args.length > 5 ? Integer.parseInt(args[5]) : 20;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int i = 0; i < 50; i++) {
            fetch(http, auth, objects + next(ThreadLocalRandom.current().nextLong(maxSeq)));
        }
        latency(http, auth, "first page", objects);
        latency(http, auth, "middle page", objects + next(maxSeq / 2));
        latency(http, auth, "last page", objects + next(maxSeq - 100));
        throughput(http, auth, objects, maxSeq, clients, seconds);
    }

    static String next(long seq) {
        return "&next=" + Base64.getUrlEncoder().withoutPadding().encodeToString(("seq:" + seq).getBytes(StandardCharsets.UTF_8));
    }

    static void latency(HttpClient http, String auth, String name, String url) throws Exception {
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            long t0 = System.nanoTime();
            int objects = fetch(http, auth, url);
            micros.add((System.nanoTime() - t0) / 1000);
            if (objects != 100) {
                throw new IllegalStateException(name + " returned " + objects + " objects, not 100");
            }
        }
        Collections.sort(micros);
        System.out.printf("%-12s 300 requests of 100 objects: p50 %.1f ms, p99 %.1f ms%n", name,
                micros.get(150) / 1000.0, micros.get(296) / 1000.0);
    }

    static void throughput(HttpClient http, String auth, String url, long maxSeq, int clients, int seconds) throws Exception {
        AtomicLong pages = new AtomicLong();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofPlatform().start(() -> {
                while (System.nanoTime() < deadline) {
                    try {
                        fetch(http, auth, url + next(ThreadLocalRandom.current().nextLong(maxSeq - 100)));
                        pages.incrementAndGet();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.printf("throughput   %d clients for %d s: %d pages, %.0f pages/s%n", clients, seconds, pages.get(),
                pages.get() / (double) seconds);
    }

    static int fetch(HttpClient http, String auth, String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", ACCEPT)
                .header("Authorization", auth).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        String body = response.body();
        int count = 0;
        for (int i = body.indexOf("\"spec_version\""); i >= 0; i = body.indexOf("\"spec_version\"", i + 1)) {
            count++;
        }
        return count;
    }
}
