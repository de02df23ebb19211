import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small TAXII adds (issue 8): the first OBJECTS objects of a STIX bundle (all of them when it holds fewer) in
 * ENVELOPES envelopes of at most PER_ENVELOPE objects, each POSTed to a collection and its status polled until
 * complete before the next is posted. Objects/s = objects / wall time from the first POST to the answer that
 * showed the last status complete. RUNS repeats the whole pattern on the same instance.
 * Usage: java bench/SmallAdds.java BASE_URL TOKEN COLLECTION BUNDLE [RUNS=5] [POLL_MS=5] [ENVELOPES=4]
 *        [PER_ENVELOPE=500] [PIDS=jvm,postmaster] (the PIDs, optional, to report their CPU per run)
 *
 * <p>Every run posts new objects: the ids of the selected objects get new random UUIDs per run (their type
 * kept), rewritten wherever they occur in the objects, so references (created_by_ref, object_marking_refs,
 * source_ref/target_ref, x_mitre_contents) stay consistent and every object is new to the server, as on a fresh
 * instance; ids of objects outside the selection are left as they are. The rewriting is done before the run's
 * clock starts.
 *
 * <p>Polling: the first status request goes out as soon as the POST is answered; while it is pending the next
 * follows POLL_MS later (0 re-polls at once). The client is cheap (one kept-alive HTTP/1.1 socket; a minimal JSON
 * reader, which skips the per-object lists of a pending status rather than building them) and honest: every POST
 * must answer 202 with a pending (or complete) status of the envelope's object count, every poll 200 with the same
 * status id and counts that add up to the total, and the final status must list exactly the envelope's ids as
 * successes (success_count = object count, failure_count = pending_count = 0); after each run one object of each
 * envelope is read back over TAXII.
 */
public class SmallAdds {

    static final String TAXII = "application/taxii+json;version=2.1";
    static final String UUID_FORM = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    static final Pattern UUID_AFTER_TYPE = Pattern.compile("(?<=--)" + UUID_FORM);
    static final Pattern STIX_ID = Pattern.compile("[a-z0-9][a-z0-9-]*--" + UUID_FORM);
    static final long TIMEOUT_NANOS = 300_000_000_000L;

    record Envelope(byte[] body, List<String> ids) {
    }

    record Timing(int objects, long ackNanos, long completeNanos, int polls, long pollNanos) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: java bench/SmallAdds.java BASE_URL TOKEN COLLECTION BUNDLE [RUNS=5] [POLL_MS=5]"
                    + " [ENVELOPES=4] [PER_ENVELOPE=500] [PIDS]");
            System.exit(2);
        }
        URI base = URI.create(args[0]);
        String auth = "Bearer " + args[1];
        String collection = args[2];
        Path bundle = Path.of(args[3]);
        int runs = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        int pollMillis = args.length > 5 ? Integer.parseInt(args[5]) : 5;
        int envelopes = args.length > 6 ? Integer.parseInt(args[6]) : 4;
        int perEnvelope = args.length > 7 ? Integer.parseInt(args[7]) : 500;
        List<Long> pids = new ArrayList<>();
        if (args.length > 8 && !args[8].isBlank()) {
            Arrays.stream(args[8].split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Long::parseLong).forEach(pids::add);
        }

        List<String> objects = objects(Files.readString(bundle));
        int wanted = envelopes * perEnvelope;
        List<String> selected = objects.subList(0, Math.min(wanted, objects.size()));
        List<String> ids = new ArrayList<>();
        for (String o : selected) {
            Object id = ((Map<?, ?>) new Json(o).value()).get("id");
            if (!(id instanceof String s) || !STIX_ID.matcher(s).matches()) {
                throw new IllegalStateException("an object without a STIX id: " + o.substring(0, Math.min(200, o.length())));
            }
            ids.add(s);
        }
        if (new HashSet<>(ids).size() != ids.size()) {
            throw new IllegalStateException("the selected objects repeat an id");
        }
        int[] sizes = new int[(selected.size() + perEnvelope - 1) / perEnvelope];
        for (int e = 0; e < sizes.length; e++) {
            sizes[e] = Math.min(perEnvelope, selected.size() - e * perEnvelope);
        }
        System.out.printf("bundle %s: %d objects; taking %s, %d in %d envelope(s) of %s objects%n", bundle.getFileName(),
                objects.size(), objects.size() >= wanted ? "the first " + wanted : "all (fewer than " + wanted + ")",
                selected.size(), sizes.length, Arrays.toString(sizes));
        System.out.printf("ids rewritten per run (new UUIDs, refs kept consistent); poll: first at once, then every %d ms"
                + " while pending; timeout %d s per envelope%n", pollMillis, TIMEOUT_NANOS / 1_000_000_000L);

        List<Double> rates = new ArrayList<>();
        List<List<Timing>> all = new ArrayList<>();
        try (Client client = new Client(base, auth)) {
            for (int run = 1; run <= runs; run++) {
                List<Envelope> batch = envelopes(selected, ids, perEnvelope);
                long[] cpu0 = cpu(pids);
                long cpuSelf0 = selfCpu();
                long t0 = System.nanoTime();
                List<Timing> timings = new ArrayList<>();
                for (Envelope e : batch) {
                    timings.add(add(client, collection, e, pollMillis));
                }
                long wall = System.nanoTime() - t0;
                long cpuSelf = selfCpu() - cpuSelf0;
                long[] cpu1 = cpu(pids);
                double rate = selected.size() / (wall / 1e9);
                rates.add(rate);
                all.add(timings);
                System.out.printf("run %d of %d: %d objects in %.1f ms = %.0f objects/s%s%n", run, runs, selected.size(),
                        wall / 1e6, rate, cpuText(pids, cpu0, cpu1, cpuSelf, selected.size()));
                for (int i = 0; i < timings.size(); i++) {
                    Timing t = timings.get(i);
                    System.out.printf("  envelope %d (%d objects, %d KiB): ack %.1f ms, ack to complete %.1f ms, %d polls"
                                    + " (%.1f ms each)%n", i + 1, t.objects(), batch.get(i).body().length / 1024,
                            t.ackNanos() / 1e6, t.completeNanos() / 1e6, t.polls(), t.pollNanos() / 1e6 / Math.max(1, t.polls()));
                }
                for (Envelope e : batch) {
                    client.readBack(collection, e.ids().getFirst());
                }
            }
        }
        List<Double> sorted = new ArrayList<>(rates);
        sorted.sort(null);
        System.out.printf("objects/s per run: %s; median %.0f objects/s%n",
                String.join(", ", rates.stream().map(r -> String.format("%.0f", r)).toList()), median(sorted));
        for (int i = 0; i < all.getFirst().size(); i++) {
            int e = i;
            List<Double> ack = all.stream().map(t -> t.get(e).ackNanos() / 1e6).sorted().toList();
            List<Double> done = all.stream().map(t -> t.get(e).completeNanos() / 1e6).sorted().toList();
            System.out.printf("envelope %d, median of %d runs: ack %.1f ms, ack to complete %.1f ms%n", i + 1, runs,
                    median(ack), median(done));
        }
        double ackTotal = all.stream().flatMap(List::stream).mapToLong(Timing::ackNanos).sum() / 1e6;
        double doneTotal = all.stream().flatMap(List::stream).mapToLong(Timing::completeNanos).sum() / 1e6;
        System.out.printf("all runs: %.0f%% of the time until the POST was answered, %.0f%% from then to complete%n",
                100 * ackTotal / (ackTotal + doneTotal), 100 * doneTotal / (ackTotal + doneTotal));
    }

    static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Posts one envelope, polls its status until complete, and checks every answer. */
    static Timing add(Client client, String collection, Envelope e, int pollMillis) throws Exception {
        int n = e.ids().size();
        long start = System.nanoTime();
        Client.Response posted = client.request("POST", "/taxii2/api/collections/" + collection + "/objects/", e.body());
        long acked = System.nanoTime();
        Map<?, ?> status = posted.json(202, "POST of " + n + " objects");
        String statusId = string(status, "id");
        check(status, statusId, n);
        int polls = 0;
        long pollNanos = 0;
        while (!"complete".equals(status.get("status"))) {
            if (!"pending".equals(status.get("status"))) {
                throw new IllegalStateException("status " + statusId + " is neither pending nor complete: " + status.get("status"));
            }
            if (System.nanoTime() - acked > TIMEOUT_NANOS) {
                throw new IllegalStateException("status " + statusId + " still pending after " + TIMEOUT_NANOS / 1_000_000_000L + " s");
            }
            if (polls > 0 && pollMillis > 0) {
                Thread.sleep(pollMillis);
            }
            long p0 = System.nanoTime();
            // A pending status is read shallowly (its lists skipped, not built); the complete one in full, below.
            status = client.request("GET", "/taxii2/api/status/" + statusId + "/", null).json(200, "status " + statusId, true);
            if ("complete".equals(status.get("status"))) {
                status = client.lastResponse().json(200, "status " + statusId, false);
            }
            pollNanos += System.nanoTime() - p0;
            polls++;
            check(status, statusId, n);
        }
        long completed = System.nanoTime();
        if (number(status, "success_count") != n || number(status, "failure_count") != 0 || number(status, "pending_count") != 0) {
            throw new IllegalStateException("status " + statusId + " completed with success_count " + status.get("success_count")
                    + ", failure_count " + status.get("failure_count") + ", pending_count " + status.get("pending_count")
                    + " of " + n + " objects; failures: " + truncate(String.valueOf(status.get("failures"))));
        }
        Set<String> succeeded = new HashSet<>();
        if (status.get("successes") instanceof List<?> list) {
            for (Object s : list) {
                succeeded.add(string((Map<?, ?>) s, "id"));
            }
        }
        if (!succeeded.equals(new HashSet<>(e.ids())) || status.containsKey("failures") || status.containsKey("pendings")) {
            throw new IllegalStateException("status " + statusId + " does not list exactly the envelope's " + n + " ids as successes");
        }
        return new Timing(n, acked - start, completed - acked, polls, pollNanos);
    }

    /** A status of {@code n} objects whose counts add up. */
    static void check(Map<?, ?> status, String id, int n) {
        if (!id.equals(status.get("id")) || number(status, "total_count") != n
                || number(status, "success_count") + number(status, "failure_count") + number(status, "pending_count") != n) {
            throw new IllegalStateException("not a status of " + n + " objects with id " + id + ": " + truncate(status.toString()));
        }
    }

    static String truncate(String s) {
        return s.length() > 600 ? s.substring(0, 600) + "..." : s;
    }

    static String string(Map<?, ?> map, String key) {
        if (!(map.get(key) instanceof String s)) {
            throw new IllegalStateException("no string '" + key + "' in " + truncate(map.toString()));
        }
        return s;
    }

    static long number(Map<?, ?> map, String key) {
        if (!(map.get(key) instanceof Long l)) {
            throw new IllegalStateException("no whole number '" + key + "' in " + truncate(map.toString()));
        }
        return l;
    }

    /** This run's envelopes: the selected objects with new UUIDs in their ids and every reference to them. */
    static List<Envelope> envelopes(List<String> selected, List<String> ids, int perEnvelope) {
        Map<String, String> renamed = new HashMap<>();
        for (String id : ids) {
            renamed.put(id.substring(id.length() - 36), UUID.randomUUID().toString());
        }
        List<Envelope> envelopes = new ArrayList<>();
        for (int from = 0; from < selected.size(); from += perEnvelope) {
            int to = Math.min(from + perEnvelope, selected.size());
            StringBuilder body = new StringBuilder("{\"objects\":[");
            List<String> newIds = new ArrayList<>();
            for (int i = from; i < to; i++) {
                if (i > from) {
                    body.append(',');
                }
                body.append(rename(selected.get(i), renamed));
                String id = ids.get(i);
                newIds.add(id.substring(0, id.length() - 36) + renamed.get(id.substring(id.length() - 36)));
            }
            envelopes.add(new Envelope(body.append("]}").toString().getBytes(StandardCharsets.UTF_8), newIds));
        }
        return envelopes;
    }

    static String rename(String object, Map<String, String> renamed) {
        Matcher m = UUID_AFTER_TYPE.matcher(object);
        StringBuilder out = new StringBuilder(object.length());
        while (m.find()) {
            String to = renamed.get(m.group());
            m.appendReplacement(out, to == null ? m.group() : to);
        }
        return m.appendTail(out).toString();
    }

    /** The raw text of each member of the bundle's "objects" array, in order. */
    static List<String> objects(String bundle) {
        Json json = new Json(bundle);
        json.expect('{');
        List<String> objects = null;
        json.skipSpace();
        if (json.peek() != '}') {
            do {
                String key = json.string();
                json.expect(':');
                if ("objects".equals(key)) {
                    objects = new ArrayList<>();
                    json.expect('[');
                    json.skipSpace();
                    if (json.peek() != ']') {
                        do {
                            json.skipSpace();
                            int start = json.pos;
                            json.value();
                            objects.add(bundle.substring(start, json.pos));
                        } while (json.comma());
                    }
                    json.expect(']');
                } else {
                    json.value();
                }
            } while (json.comma());
        }
        json.expect('}');
        if (objects == null || objects.isEmpty()) {
            throw new IllegalStateException("not a STIX bundle with objects");
        }
        return objects;
    }

    /** CPU time (ns) of each process in {@code pids} and all its descendants, summed per pid; empty if none given. */
    static long[] cpu(List<Long> pids) {
        long[] cpu = new long[pids.size()];
        long tick = 10_000_000L; // USER_HZ = 100 on Linux
        for (int i = 0; i < pids.size(); i++) {
            List<Long> tree = new ArrayList<>();
            tree.add(pids.get(i));
            ProcessHandle.of(pids.get(i)).ifPresent(h -> h.descendants().forEach(d -> tree.add(d.pid())));
            for (long pid : tree) {
                try {
                    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    cpu[i] += (Long.parseLong(f[11]) + Long.parseLong(f[12])) * tick; // utime, stime
                } catch (IOException | RuntimeException gone) {
                    // a process that ended in between
                }
            }
        }
        return cpu;
    }

    static long selfCpu() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos()).orElse(0L);
    }

    static String cpuText(List<Long> pids, long[] before, long[] after, long self, int objects) {
        StringBuilder text = new StringBuilder("; CPU ");
        for (int i = 0; i < pids.size(); i++) {
            long d = after[i] - before[i];
            text.append(String.format("pid %d %.0f ms (%.0f µs/object), ", pids.get(i), d / 1e6, d / 1e3 / objects));
        }
        return text.append(String.format("this client %.0f ms", self / 1e6)).toString();
    }

    /** A minimal JSON reader: objects as maps, arrays as lists, strings, whole numbers as Long, others as Double. */
    static final class Json {
        final String s;
        int pos;
        /** Arrays inside the top-level object are skipped over (and stand as SKIPPED), not built. */
        boolean shallow;
        private int depth;
        static final List<Object> SKIPPED = List.of();

        Json(String s) {
            this.s = s;
        }

        Object value() {
            skipSpace();
            char c = peek();
            switch (c) {
                case '{' -> {
                    pos++;
                    depth++;
                    Map<String, Object> map = new LinkedHashMap<>();
                    skipSpace();
                    if (peek() == '}') {
                        pos++;
                        depth--;
                        return map;
                    }
                    do {
                        String key = string();
                        expect(':');
                        map.put(key, value());
                    } while (comma());
                    expect('}');
                    depth--;
                    return map;
                }
                case '[' -> {
                    if (shallow && depth >= 1) {
                        skipArray();
                        return SKIPPED;
                    }
                    pos++;
                    List<Object> list = new ArrayList<>();
                    skipSpace();
                    if (peek() == ']') {
                        pos++;
                        return list;
                    }
                    do {
                        list.add(value());
                    } while (comma());
                    expect(']');
                    return list;
                }
                case '"' -> {
                    return string();
                }
                default -> {
                    if (s.startsWith("true", pos)) {
                        pos += 4;
                        return Boolean.TRUE;
                    }
                    if (s.startsWith("false", pos)) {
                        pos += 5;
                        return Boolean.FALSE;
                    }
                    if (s.startsWith("null", pos)) {
                        pos += 4;
                        return null;
                    }
                    int start = pos;
                    while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
                        pos++;
                    }
                    if (start == pos) {
                        throw error("a value");
                    }
                    String n = s.substring(start, pos);
                    return n.matches("-?\\d+") ? (Object) Long.parseLong(n) : (Object) Double.parseDouble(n);
                }
            }
        }

        /** Skips a well-nested array (strings and escapes respected) without building it. */
        void skipArray() {
            int nesting = 0;
            while (true) {
                char c = peek();
                pos++;
                if (c == '"') {
                    while (true) {
                        char d = peek();
                        pos++;
                        if (d == '\\') {
                            pos++;
                        } else if (d == '"') {
                            break;
                        }
                    }
                } else if (c == '[' || c == '{') {
                    nesting++;
                } else if (c == ']' || c == '}') {
                    if (--nesting == 0) {
                        if (c != ']') {
                            throw error("']'");
                        }
                        return;
                    }
                }
            }
        }

        String string() {
            skipSpace();
            if (peek() != '"') {
                throw error("a string");
            }
            pos++;
            StringBuilder out = null;
            int start = pos;
            while (true) {
                char c = s.charAt(pos);
                if (c == '"') {
                    String tail = s.substring(start, pos++);
                    return out == null ? tail : out.append(tail).toString();
                }
                if (c == '\\') {
                    if (out == null) {
                        out = new StringBuilder();
                    }
                    out.append(s, start, pos);
                    char e = s.charAt(pos + 1);
                    switch (e) {
                        case 'u' -> {
                            out.append((char) Integer.parseInt(s.substring(pos + 2, pos + 6), 16));
                            pos += 6;
                        }
                        case 'n' -> { out.append('\n'); pos += 2; }
                        case 't' -> { out.append('\t'); pos += 2; }
                        case 'r' -> { out.append('\r'); pos += 2; }
                        case 'b' -> { out.append('\b'); pos += 2; }
                        case 'f' -> { out.append('\f'); pos += 2; }
                        default -> { out.append(e); pos += 2; }
                    }
                    start = pos;
                } else {
                    pos++;
                }
            }
        }

        boolean comma() {
            skipSpace();
            if (pos < s.length() && s.charAt(pos) == ',') {
                pos++;
                return true;
            }
            return false;
        }

        void expect(char c) {
            skipSpace();
            if (peek() != c) {
                throw error("'" + c + "'");
            }
            pos++;
        }

        char peek() {
            if (pos >= s.length()) {
                throw error("more input");
            }
            return s.charAt(pos);
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        IllegalStateException error(String expected) {
            return new IllegalStateException("JSON: expected " + expected + " at offset " + pos + ": "
                    + s.substring(Math.max(0, pos - 40), Math.min(s.length(), pos + 40)));
        }
    }

    /** One kept-alive HTTP/1.1 connection; a new one when the server closes it (never a POST sent twice). */
    static final class Client implements AutoCloseable {

        record Response(int status, String body) {
            Map<?, ?> json(int expected, String what) {
                return json(expected, what, false);
            }

            /** The answer as a JSON object; {@code shallow} skips the arrays in its top level (each is checked to be one). */
            Map<?, ?> json(int expected, String what, boolean shallow) {
                if (status != expected) {
                    throw new IllegalStateException(what + " answered " + status + " (expected " + expected + "): " + truncate(body));
                }
                Json json = new Json(body);
                json.shallow = shallow;
                Object value = json.value();
                json.skipSpace();
                if (!(value instanceof Map<?, ?> map) || json.pos != body.length()) {
                    throw new IllegalStateException(what + " answered no JSON object: " + truncate(body));
                }
                return map;
            }
        }

        private final URI base;
        private final String auth;
        private final Connection http;
        private long lastUsed;
        private Response last;

        Client(URI base, String auth) {
            this.base = base;
            this.auth = auth;
            this.http = new Connection(base.getHost(), base.getPort(), 120_000);
        }

        Response request(String method, String path, byte[] content) throws IOException {
            // A connection idle for a while may be closing on the server's side: a POST goes out on a new one,
            // so that it is never sent twice. A GET is repeated once on a new connection if the old one failed.
            if (http.open() && System.nanoTime() - lastUsed > 2_000_000_000L) {
                close();
            }
            boolean fresh = !http.open();
            try {
                return exchange(method, path, content);
            } catch (IOException e) {
                close();
                if (fresh || content != null) {
                    throw e;
                }
                return exchange(method, path, content);
            }
        }

        Response lastResponse() {
            return last;
        }

        /** Reads object {@code id} of the collection back: 200 and its id in the envelope. */
        void readBack(String collection, String id) throws IOException {
            Response r = request("GET", "/taxii2/api/collections/" + collection + "/objects/" + id + "/", null);
            Map<?, ?> envelope = r.json(200, "GET of " + id);
            if (!(envelope.get("objects") instanceof List<?> list) || list.isEmpty()
                    || !id.equals(((Map<?, ?>) list.getFirst()).get("id"))) {
                throw new IllegalStateException("object " + id + " was not read back: " + truncate(r.body()));
            }
        }

        private Response exchange(String method, String path, byte[] content) throws IOException {
            StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ")
                    .append(base.getHost()).append(':').append(base.getPort()).append("\r\nAccept: ").append(TAXII)
                    .append("\r\nAuthorization: ").append(auth).append("\r\n");
            if (content != null) {
                head.append("Content-Type: ").append(TAXII).append("\r\nContent-Length: ").append(content.length).append("\r\n");
            }
            int status = http.send(head.append("\r\n").toString(), content);
            lastUsed = System.nanoTime();
            last = new Response(status, new String(http.body(), 0, http.length(), StandardCharsets.UTF_8));
            return last;
        }

        @Override
        public void close() {
            http.close();
        }
    }
}
