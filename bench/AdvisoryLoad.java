import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Anonymous read load: for each path given, C keep-alive connections (plain sockets, one virtual thread each) send
 * GET after GET for a warm-up of 3 s, then for T seconds; prints requests/s, the answers' status, size and latency
 * p50/p99. With -Dconditional=true each request carries the ETag of the first answer (If-None-Match), as a caching
 * reader or proxy revalidates, and is answered 304. Responses are read by Content-Length or chunked encoding; a
 * connection the server closes (Tomcat closes one after 100 requests) is opened again, as browsers do.
 * Usage: java bench/AdvisoryLoad.java BASE_URL CONNECTIONS SECONDS PATH...
 */
public class AdvisoryLoad {

    static final int BUCKETS = 10_000; // 0.1 ms each: up to 1 s
    static volatile boolean measuring;
    static volatile boolean running;
    static final AtomicLong RECONNECTS = new AtomicLong();

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        int connections = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        boolean conditional = Boolean.getBoolean("conditional");
        System.out.printf("%-58s %6s %9s %10s %8s %8s%n", "path", "status", "req/s", "bytes", "p50 ms", "p99 ms");
        for (int i = 3; i < args.length; i++) {
            run(base, args[i], connections, seconds, conditional);
        }
    }

    static void run(URI base, String path, int connections, int seconds, boolean conditional) throws Exception {
        Answer first = new Conn(base).get(path, null);
        String etag = conditional ? first.etag : null;
        AtomicLong done = new AtomicLong();
        AtomicLongArray latency = new AtomicLongArray(BUCKETS);
        AtomicLong lastStatus = new AtomicLong();
        running = true;
        measuring = false;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            threads.add(Thread.ofVirtual().start(() -> load(base, path, etag, done, latency, lastStatus)));
        }
        Thread.sleep(3000);
        long startCount = done.get();
        measuring = true;
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        long count = done.get() - startCount;
        double elapsed = (System.nanoTime() - start) / 1e9;
        running = false;
        for (Thread t : threads) {
            t.join();
        }
        System.out.printf("%-58s %6d %9.0f %10d %8.1f %8.1f%s%n", path + (conditional ? " (If-None-Match)" : ""), lastStatus.get(),
                count / elapsed, conditional ? 0 : first.length, percentile(latency, 0.5), percentile(latency, 0.99),
                RECONNECTS.get() > 0 ? "  (" + RECONNECTS.getAndSet(0) + " failed requests retried)" : "");
    }

    /** Requests on one connection until the run ends, connecting again when the server closes it (keep-alive limit). */
    static void load(URI base, String path, String etag, AtomicLong done, AtomicLongArray latency, AtomicLong status) {
        Conn conn = null;
        while (running) {
            try {
                conn = conn == null ? new Conn(base) : conn;
                long t = System.nanoTime();
                Answer a = conn.get(path, etag);
                if (measuring) {
                    done.incrementAndGet();
                    latency.incrementAndGet((int) Math.min(BUCKETS - 1, (System.nanoTime() - t) / 100_000));
                    status.set(a.status);
                }
                if (a.closed) {
                    conn.close();
                    conn = null;
                }
            } catch (IOException e) {
                RECONNECTS.incrementAndGet();
                conn = close(conn);
            }
        }
        close(conn);
    }

    static Conn close(Conn conn) {
        if (conn != null) {
            conn.close();
        }
        return null;
    }

    static double percentile(AtomicLongArray buckets, double p) {
        long total = 0;
        for (int i = 0; i < BUCKETS; i++) {
            total += buckets.get(i);
        }
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += buckets.get(i);
            if (seen >= total * p && total > 0) {
                return (i + 1) / 10.0;
            }
        }
        return Double.NaN;
    }

    /** An answer: its status, body size, ETag and whether the server closes the connection after it. */
    record Answer(int status, int length, String etag, boolean closed) {
    }

    /** One keep-alive HTTP/1.1 connection. */
    static final class Conn {
        final Socket socket = new Socket();
        final OutputStream out;
        final InputStream in;
        final String host;

        Conn(URI base) throws IOException {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
            socket.setTcpNoDelay(true);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            host = base.getHost() + ":" + base.getPort();
        }

        Answer get(String path, String etag) throws IOException {
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: */*\r\n"
                    + (etag == null ? "" : "If-None-Match: " + etag + "\r\n") + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            int status = Integer.parseInt(line().split(" ")[1]);
            int length = 0;
            boolean chunked = false;
            boolean closed = false;
            String tag = null;
            for (String h = line(); !h.isEmpty(); h = line()) {
                String lower = h.toLowerCase();
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(h.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closed = true;
                } else if (lower.startsWith("etag:")) {
                    tag = h.substring(5).strip();
                }
            }
            return new Answer(status, chunked ? chunks() : skip(length), tag, closed);
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a connection that failed: nothing left to do
            }
        }

        int chunks() throws IOException {
            int total = 0;
            for (int size = Integer.parseInt(line().split(";")[0].strip(), 16); size > 0;
                 size = Integer.parseInt(line().split(";")[0].strip(), 16)) {
                total += skip(size);
                line();
            }
            line();
            return total;
        }

        int skip(int n) throws IOException {
            byte[] buffer = new byte[8192];
            int left = n;
            while (left > 0) {
                int r = in.read(buffer, 0, Math.min(buffer.length, left));
                if (r < 0) {
                    throw new IOException("connection closed with " + left + " bytes unread");
                }
                left -= r;
            }
            return n;
        }

        String line() throws IOException {
            StringBuilder s = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("connection closed");
                }
                if (b != '\r') {
                    s.append((char) b);
                }
            }
            return s.toString();
        }
    }
}
