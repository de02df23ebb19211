import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Live stream load: S subscribers on GET /api/v1/stream with mixed visibility (a quarter anonymous, TLP:CLEAR only;
 * the rest with the tokens given, round robin), then R objects per second written for T seconds as bundles of R/10
 * every 100 ms (TLP levels in turn: CLEAR, GREEN, AMBER), each object named with its sequence number. For every
 * delivery it records the latency from the moment its bundle's POST was answered (the write accepted, committed)
 * and from the moment it was sent, in 1 ms buckets, and prints p50/p99 of both and the deliveries counted.
 * Subscribers are plain sockets read by virtual threads, scanning lines: the load shares the server's two cores.
 * Usage: java bench/StreamLoad.java BASE_URL WRITER_BASIC SUBSCRIBERS RATE SECONDS TOKEN...
 */
public class StreamLoad {

    static final int BUCKETS = 60_000;
    static final AtomicLongArray fromAnswer = new AtomicLongArray(BUCKETS);
    static final AtomicLongArray fromSend = new AtomicLongArray(BUCKETS);
    static final AtomicLong deliveries = new AtomicLong();
    static final ConcurrentHashMap<Integer, long[]> written = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        String writer = args[1];
        int subscribers = Integer.parseInt(args[2]);
        int rate = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        List<String> tokens = List.of(args).subList(5, args.length);
        CountDownLatch open = new CountDownLatch(subscribers);
        for (int i = 0; i < subscribers; i++) {
            String auth = i % 4 == 0 || tokens.isEmpty() ? null : "Bearer " + tokens.get(i % tokens.size());
            Thread.ofVirtual().start(() -> subscribe(base, auth, open));
        }
        if (!open.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("only " + (subscribers - open.getCount()) + " subscribers opened");
        }
        System.out.println("subscribers open: " + subscribers);
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.parseLong(System.getProperty("pause", "0")));
        write(base, writer, rate, seconds);
        Thread.sleep(3000);
        report("from the write's answer", fromAnswer);
        report("from the write's request", fromSend);
        System.out.println("deliveries: " + deliveries.get() + ", objects written: " + written.size());
        System.exit(0);
    }

    static void subscribe(URI base, String auth, CountDownLatch open) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v1/stream HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAccept: text/event-stream\r\n"
                    + (auth == null ? "" : "Authorization: " + auth + "\r\n") + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8), 64 * 1024);
            String status = in.readLine();
            if (status == null || !status.contains(" 200")) {
                throw new IllegalStateException("stream answered " + status);
            }
            open.countDown();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("data:")) {
                    delivered(line, System.nanoTime());
                }
            }
        } catch (IOException e) {
            System.err.println("subscriber: " + e);
        }
    }

    static void delivered(String line, long now) {
        // The store gives objects back as PostgreSQL's jsonb writes them ("name": "..."), so only the name is looked for.
        int at = line.indexOf("Indicator bench-");
        if (at < 0) {
            return;
        }
        int start = at + 16;
        int end = line.indexOf('"', start);
        long[] times = written.get(Integer.parseInt(line, start, end, 10));
        if (times == null) {
            return;
        }
        deliveries.incrementAndGet();
        record(fromSend, now - times[0]);
        record(fromAnswer, times[1] == 0 ? 0 : now - times[1]);
    }

    static void record(AtomicLongArray histogram, long nanos) {
        histogram.incrementAndGet((int) Math.max(0, Math.min(BUCKETS - 1, nanos / 1_000_000)));
    }

    static void write(URI base, String basic, int rate, int seconds) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        int perBundle = Math.max(1, rate / 10);
        String[] levels = {"CLEAR", "GREEN", "AMBER"};
        long next = System.nanoTime();
        int seq = 0;
        for (int tick = 0; tick < seconds * 10; tick++) {
            List<String> objects = new ArrayList<>();
            List<Integer> numbers = new ArrayList<>();
            for (int i = 0; i < perBundle; i++, seq++) {
                objects.add(indicator(seq));
                numbers.add(seq);
            }
            long sent = System.nanoTime();
            numbers.forEach(n -> written.put(n, new long[] {sent, 0}));
            String bundle = "{\"type\":\"bundle\",\"id\":\"bundle--" + UUID.randomUUID() + "\",\"objects\":[" + String.join(",", objects) + "]}";
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/intel/bundles?tlp=" + levels[tick % 3]))
                    .header("Authorization", basic).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(bundle)).build(), HttpResponse.BodyHandlers.ofString());
            long answered = System.nanoTime();
            if (answer.statusCode() != 201) {
                throw new IllegalStateException("write answered " + answer.statusCode() + ": " + answer.body());
            }
            numbers.forEach(n -> written.get(n)[1] = answered);
            next += 100_000_000L;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
        System.out.println("written: " + seq + " objects in " + seconds + " s");
    }

    static String indicator(int seq) {
        return "{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"indicator--" + UUID.randomUUID() + "\","
                + "\"created\":\"2026-01-01T00:00:00.000Z\",\"modified\":\"2026-01-01T00:00:00.000Z\",\"name\":\"Indicator bench-" + seq
                + "\",\"pattern\":\"[ipv4-addr:value = '198.51.100." + (seq % 250) + "']\",\"pattern_type\":\"stix\","
                + "\"valid_from\":\"2026-01-01T00:00:00Z\"}";
    }

    static void report(String name, AtomicLongArray histogram) {
        long total = 0;
        for (int i = 0; i < BUCKETS; i++) {
            total += histogram.get(i);
        }
        System.out.printf("latency %s: p50 %d ms, p99 %d ms, max %d ms%n", name, percentile(histogram, total, 0.50),
                percentile(histogram, total, 0.99), percentile(histogram, total, 1.0));
    }

    static long percentile(AtomicLongArray histogram, long total, double p) {
        long wanted = Math.max(1, (long) Math.ceil(total * p));
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += histogram.get(i);
            if (seen >= wanted) {
                return i;
            }
        }
        return BUCKETS;
    }
}
