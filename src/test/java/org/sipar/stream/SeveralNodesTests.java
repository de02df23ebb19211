package org.sipar.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sipar.intel.Change;
import org.sipar.intel.Intelligence;
import org.sipar.sharing.Reader;
import org.sipar.stream.internal.FeedSignal;
import org.sipar.support.Http;
import org.sipar.support.TwoNodes;
import org.sipar.support.stix.Stix;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two nodes on one PostgreSQL and one Kafka broker ({@link TwoNodes}) behave as one: what is written through A
 * wakes B's feed through Kafka and B reads it from the change log; a TAXII {@code next} cursor, a web session and
 * a token's revocation made on A hold on B, and an SSE subscriber on B receives what was written through A, once.
 */
class SeveralNodesTests {

    static final String ANALYST = "analyst@cert.demo";
    static final String PASSWORD = "sipar-demo";
    static final JsonMapper JSON = JsonMapper.builder().build();
    /** Generous: the figure for cross-node delivery comes from bench/cluster.sh, not from here. */
    static final long WAIT_SECONDS = 30;

    static TwoNodes nodes;
    static final LinkedBlockingQueue<Long> wakesOnB = new LinkedBlockingQueue<>();

    @BeforeAll
    static void startNodes() {
        nodes = TwoNodes.get();
        nodes.b().getBean(FeedSignal.class).onWake(() -> wakesOnB.add(System.nanoTime()));
    }

    static Http on(ConfigurableApplicationContext node) {
        return new Http(TwoNodes.port(node));
    }

    @Test
    void anObjectAddedThroughAWakesBThroughKafkaAndBReadsItFromTheChangeLog() throws Exception {
        Intelligence onB = nodes.b().getBean(Intelligence.class);
        long after = onB.changes(Reader.ANONYMOUS, 0, 10_000).next();
        wakesOnB.clear();
        String id = Stix.newIndicatorId();
        HttpResponse<String> added = on(nodes.a()).json("POST", "/api/v1/intel/bundles?tlp=clear",
                Http.basic(ANALYST, PASSWORD), Stix.bundle(Stix.indicator(id)));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(wakesOnB.poll(WAIT_SECONDS, TimeUnit.SECONDS)).as("a wake on B from A's write, through Kafka").isNotNull();
        List<String> read = onB.changes(Reader.ANONYMOUS, after, 100).changes().stream().map(Change::id).toList();
        assertThat(read).containsExactly(id);
    }

    @Test
    void anObjectAddedThroughAReachesAStreamOnBExactlyOnce() throws Exception {
        long after = nodes.b().getBean(Intelligence.class).changes(Reader.ANONYMOUS, 0, 10_000).next();
        String auth = Http.basic(ANALYST, PASSWORD);
        try (SseStream onB = SseStream.open(TwoNodes.port(nodes.b()), "/api/v1/stream?after=" + after,
                java.util.Map.of("Authorization", auth))) {
            assertThat(onB.status()).isEqualTo(200);
            String first = Stix.newIndicatorId();
            String second = Stix.newIndicatorId();
            assertThat(on(nodes.a()).json("POST", "/api/v1/intel/bundles?tlp=clear", auth,
                    Stix.bundle(Stix.indicator(first))).statusCode()).isEqualTo(201);
            onB.untilObject(first);
            // A later write marks the end of what B sends: the first object must not have come again before it.
            assertThat(on(nodes.a()).json("POST", "/api/v1/intel/bundles?tlp=clear", auth,
                    Stix.bundle(Stix.indicator(second))).statusCode()).isEqualTo(201);
            List<SseStream.Event> rest = onB.untilObject(second);
            assertThat(rest).filteredOn(e -> e.data() != null && e.data().contains(first)).isEmpty();
            assertThat(rest).filteredOn(e -> e.data() != null && e.data().contains(second)).hasSize(1);
        }
    }

    @Test
    void aTaxiiNextCursorFromAWorksOnB() throws Exception {
        String auth = Http.basic(ANALYST, PASSWORD);
        for (int i = 0; i < 3; i++) {
            on(nodes.a()).json("POST", "/api/v1/intel/bundles?tlp=clear", auth, Stix.bundle(Stix.indicator(Stix.newIndicatorId())));
        }
        String collection = firstReadableCollection(auth);
        String path = "/taxii2/api/collections/" + collection + "/objects/?limit=1";
        JsonNode first = JSON.readTree(on(nodes.a()).taxii(path, auth).body());
        assertThat(first.path("more").asBoolean()).as(first.toString()).isTrue();
        String next = path + "&next=" + first.path("next").asString();
        HttpResponse<String> onA = on(nodes.a()).taxii(next, auth);
        HttpResponse<String> onB = on(nodes.b()).taxii(next, auth);
        assertThat(onB.statusCode()).as(onB.body()).isEqualTo(200);
        assertThat(JSON.readTree(onB.body())).isEqualTo(JSON.readTree(onA.body()));
    }

    @Test
    void aWebSessionFromAWorksOnB() throws Exception {
        HttpResponse<String> signedIn = on(nodes.a()).signIn(ANALYST, PASSWORD);
        Matcher cookie = Pattern.compile("JSESSIONID=([^;]+)").matcher(String.join("\n", signedIn.headers().allValues("Set-Cookie")));
        assertThat(cookie.find()).as(signedIn.headers().toString()).isTrue();
        HttpResponse<String> withSession = page(nodes.b(), "/dashboard", "JSESSIONID=" + cookie.group(1));
        assertThat(withSession.statusCode()).isEqualTo(200);
        assertThat(withSession.body()).contains("Bilal Ahmed");
        assertThat(page(nodes.b(), "/dashboard", null).statusCode()).as("no session: sent to sign in").isEqualTo(302);
    }

    @Test
    void aTokenRevokedOnAIsRefusedOnBAtOnce() throws Exception {
        String auth = Http.basic(ANALYST, PASSWORD);
        HttpResponse<String> created = on(nodes.a()).json("POST", "/api/v1/tokens", auth,
                "{\"name\":\"two-nodes\",\"scope\":\"read\"}");
        String token = JSON.readTree(created.body()).path("token").asString();
        assertThat(on(nodes.b()).json("GET", "/api/v1/me", Http.bearer(token), null).statusCode()).isEqualTo(200);
        assertThat(on(nodes.b()).json("GET", "/api/v1/me", Http.bearer(token), null).statusCode())
                .as("now answered from B's cache").isEqualTo(200);
        String id = null;
        for (JsonNode t : JSON.readTree(on(nodes.a()).json("GET", "/api/v1/tokens", auth, null).body())) {
            if (t.path("name").asString().equals("two-nodes") && !t.hasNonNull("revokedAt")) {
                id = t.path("id").asString();
            }
        }
        assertThat(on(nodes.a()).json("DELETE", "/api/v1/tokens/" + id, auth, null).statusCode()).isEqualTo(204);
        assertThat(on(nodes.b()).json("GET", "/api/v1/me", Http.bearer(token), null).statusCode()).isEqualTo(401);
    }

    /**
     * Versions of one object imported at the same moment through both nodes, by one publisher: the advisory locks
     * on object ids are PostgreSQL's, so cluster-wide, and exactly one version (the latest) is left not superseded.
     */
    @Test
    void concurrentImportsOfOneObjectOnBothNodesLeaveOnlyTheLatestVersionCurrent() throws Exception {
        String id = Stix.newIndicatorId();
        String auth = Http.basic(ANALYST, PASSWORD);
        List<java.util.concurrent.Callable<Integer>> imports = new java.util.ArrayList<>();
        for (int i = 0; i < 16; i++) {
            ConfigurableApplicationContext node = i % 2 == 0 ? nodes.a() : nodes.b();
            String version = Stix.indicator(id, "v" + i, null, "2026-02-01T00:00:00.%03dZ".formatted(i));
            imports.add(() -> on(node).json("POST", "/api/v1/intel/bundles?tlp=clear", auth, Stix.bundle(version)).statusCode());
        }
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(16)) {
            for (var answer : pool.invokeAll(imports)) {
                assertThat(answer.get()).isEqualTo(201);
            }
        }
        org.springframework.jdbc.core.simple.JdbcClient jdbc = nodes.a().getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
        assertThat(jdbc.sql("select modified from intel_objects where id = ? and not superseded").param(id)
                .query(String.class).list()).containsExactly("2026-02-01T00:00:00.015Z");
        assertThat(jdbc.sql("select count(*) from intel_objects where id = ?").param(id).query(Long.class).single()).isEqualTo(16);
    }

    /**
     * The same with one version revoking the object: whatever the order the two nodes' imports take, the copy
     * never holds a version later than a revocation (the later ones, or the revocation, are refused).
     */
    @Test
    void concurrentImportsWithARevocationOnBothNodesLeaveNoVersionAfterIt() throws Exception {
        String id = Stix.newIndicatorId();
        String auth = Http.basic(ANALYST, PASSWORD);
        List<java.util.concurrent.Callable<Integer>> imports = new java.util.ArrayList<>();
        for (int i = 0; i < 16; i++) {
            ConfigurableApplicationContext node = i % 2 == 0 ? nodes.a() : nodes.b();
            String version = Stix.indicator(id, "v" + i, null, "2026-02-01T00:00:00.%03dZ".formatted(i));
            String sent = i == 8 ? version.replace("\"pattern_type\"", "\"revoked\":true,\"pattern_type\"") : version;
            imports.add(() -> on(node).json("POST", "/api/v1/intel/bundles?tlp=clear", auth, Stix.bundle(sent)).statusCode());
        }
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(16)) {
            pool.invokeAll(imports);
        }
        org.springframework.jdbc.core.simple.JdbcClient jdbc = nodes.a().getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
        List<String> revoking = jdbc.sql("select modified from intel_objects where id = ? and revoked").param(id)
                .query(String.class).list();
        List<String> stored = jdbc.sql("select modified from intel_objects where id = ? order by modified_at").param(id)
                .query(String.class).list();
        if (!revoking.isEmpty()) {
            assertThat(stored.getLast()).as("nothing after the revocation: " + stored).isEqualTo(revoking.getFirst());
        }
        assertThat(jdbc.sql("select modified from intel_objects where id = ? and not superseded").param(id)
                .query(String.class).list()).containsExactly(stored.getLast());
    }

    /** Both nodes schedule the probe's job every 20 ms; PostgreSQL's advisory lock lets one run it at a time. */
    @Test
    void periodicWorkRunsOnOneNodeAtATime() throws Exception {
        int before = org.sipar.support.ClusterProbe.RUNS.get();
        while (org.sipar.support.ClusterProbe.RUNS.get() < before + 20) {
            Thread.sleep(50);
        }
        assertThat(org.sipar.support.ClusterProbe.MOST_AT_ONCE.get()).isEqualTo(1);
    }

    private static String firstReadableCollection(String auth) throws Exception {
        JsonNode collections = JSON.readTree(on(nodes.a()).taxii("/taxii2/api/collections/", auth).body());
        for (JsonNode c : collections.path("collections")) {
            if (c.path("can_read").asBoolean()) {
                return c.path("id").asString();
            }
        }
        throw new AssertionError("No readable collection: " + collections);
    }

    private static HttpResponse<String> page(ConfigurableApplicationContext node, String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + TwoNodes.port(node) + path))
                .header("Accept", "text/html");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
