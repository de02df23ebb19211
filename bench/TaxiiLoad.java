import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * TAXII read load: latency of a 100-object page at the first, middle and last page of a collection, then
 * pages per second with C concurrent clients on random pages. Bounded in requests and time; loopback only.
 * Usage: java bench/TaxiiLoad.java BASE_URL TOKEN COLLECTION MAX_SEQ [CLIENTS=8] [SECONDS=20]
 * (a Sipar API token: machines use tokens, which are checked with one SHA-256, not a password hash)
 *
 * <p>The load shares the server's cores, so it is kept cheap: each client is one kept-alive HTTP/1.1
 * connection on a plain socket, and a body is read into a reused buffer and scanned, not parsed as JSON.
 * (java.net.http.HttpClient cost about as much CPU per page as the server did.) It stays honest: every
 * answer must be 200 with a Content-Length (or chunked) body, and every page must hold 100 objects (counted
 * by their "spec_version" members) - anything else stops the run.
 */
public class TaxiiLoad {

    static final String ACCEPT = "application/taxii+json;version=2.1";
    static final int PAGE = 100;

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        String auth = "Bearer " + args[1];
        String objects = "/taxii2/api/collections/" + args[2] + "/objects/?limit=" + PAGE;
        long maxSeq = Long.parseLong(args[3]);
        int clients = args.length > 4 ? Integer.parseInt(args[4]) : 8;
        int seconds = args.length > 5 ? Integer.parseInt(args[5]) : 20;
        try (Client client = new Client(base, auth)) {
            for (int i = 0; i < 50; i++) {
                client.page(objects + next(ThreadLocalRandom.current().nextLong(maxSeq - PAGE)));
            }
            latency(client, "first page", objects);
            latency(client, "middle page", objects + next(maxSeq / 2));
            latency(client, "last page", objects + next(maxSeq - PAGE));
        }
        throughput(base, auth, objects, maxSeq, clients, seconds);
    }

    static String next(long seq) {
        return "&next=" + Base64.getUrlEncoder().withoutPadding().encodeToString(("seq:" + seq).getBytes(StandardCharsets.UTF_8));
    }

    static void latency(Client client, String name, String path) throws IOException {
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            long t0 = System.nanoTime();
            client.page(path);
            micros.add((System.nanoTime() - t0) / 1000);
        }
        Collections.sort(micros);
        System.out.printf("%-12s 300 requests of 100 objects: p50 %.1f ms, p99 %.1f ms%n", name,
                micros.get(150) / 1000.0, micros.get(296) / 1000.0);
    }

    static void throughput(URI base, String auth, String path, long maxSeq, int clients, int seconds) throws Exception {
        AtomicLong pages = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try (Client client = new Client(base, auth)) {
                    while (System.nanoTime() < deadline && failure.get() == null) {
                        bytes.addAndGet(client.page(path + next(ThreadLocalRandom.current().nextLong(maxSeq - PAGE))));
                        pages.incrementAndGet();
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("a client failed", failure.get());
        }
        System.out.printf("throughput   %d clients for %d s: %d pages, %.0f pages/s (%d KiB per page)%n", clients, seconds,
                pages.get(), pages.get() / (double) seconds, pages.get() == 0 ? 0 : bytes.get() / pages.get() / 1024);
    }

    /** One kept-alive HTTP/1.1 connection: GETs a page and checks it, reconnecting when the server closes. */
    static final class Client implements AutoCloseable {

        private static final byte[] SPEC_VERSION = "\"spec_version\"".getBytes(StandardCharsets.US_ASCII);

        private final String headers;
        private final Connection http;

        Client(URI base, String auth) {
            this.http = new Connection(base.getHost(), base.getPort(), 30_000);
            this.headers = " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\nAccept: " + ACCEPT
                    + "\r\nAuthorization: " + auth + "\r\n\r\n";
        }

        /** GETs {@code path}, requires 200 and a page of 100 objects, and returns the body's length. */
        int page(String path) throws IOException {
            int length;
            int status;
            try {
                status = http.send("GET " + path + headers, null);
            } catch (IOException e) {
                // A kept-alive connection the server has closed: one retry on a new connection.
                http.close();
                status = http.send("GET " + path + headers, null);
            }
            length = http.length();
            byte[] body = http.body();
            if (status != 200) {
                throw new IllegalStateException(path + " answered " + status + ": "
                        + new String(body, 0, Math.min(length, 500), StandardCharsets.UTF_8));
            }
            int objects = count(length);
            if (objects != PAGE) {
                throw new IllegalStateException(path + " returned " + objects + " objects, not " + PAGE);
            }
            return length;
        }

        /** How many objects the body holds: each has exactly one "spec_version" member. */
        private int count(int length) {
            byte[] body = http.body();
            int count = 0;
            byte first = SPEC_VERSION[0];
            outer:
            for (int i = 0; i <= length - SPEC_VERSION.length; i++) {
                if (body[i] != first) {
                    continue;
                }
                for (int j = 1; j < SPEC_VERSION.length; j++) {
                    if (body[i + j] != SPEC_VERSION[j]) {
                        continue outer;
                    }
                }
                count++;
                i += SPEC_VERSION.length - 1;
            }
            return count;
        }

        @Override
        public void close() {
            http.close();
        }
    }
}
