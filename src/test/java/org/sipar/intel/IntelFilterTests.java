package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.Http.basic;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sipar.sharing.Tlp;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.sipar.support.stix.Stix;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API's browse filters: each alone and combined, repeated values ORed, bad values answered 400 naming the
 * parameter, and the sharing policy applying under every filter. Two imports, a bank's then a telco's, each with
 * labels, TLP levels and modified dates of their own; a word and labels unique to this run keep other tests' objects out.
 */
@DemoPlatform
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntelFilterTests {

    static final String PASSWORD = "sipar-demo";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    static final String WORD = "filterfixture" + RUN;
    static final String X = "flt-x-" + RUN;
    static final String Y = "flt-y-" + RUN;
    static final String Z = "flt-z-" + RUN;

    /** Who reads: the bank's analyst sees every fixture; the others each see part of them. */
    static final Map<String, String> VIEWERS = new LinkedHashMap<>();

    static {
        VIEWERS.put("anonymous", null);
        VIEWERS.put("bankAnalyst", "analyst@bank.demo");
        VIEWERS.put("telcoAnalyst", "analyst@telco.demo");
        VIEWERS.put("namedPerson", "analyst@moit.demo");
        VIEWERS.put("notNamed", "admin@moit.demo");
        VIEWERS.put("groupless", "analyst@nic.demo");
        VIEWERS.put("hubAdmin", "admin@cert.demo");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** The fixtures by name, and what the filters look at. */
    final Map<String, Fixture> fixtures = new LinkedHashMap<>();
    UUID bank;
    UUID telco;
    Instant betweenImports;

    record Fixture(String name, String id, String type, Tlp tlp, List<String> labels, String modified, String batch) {
    }

    @BeforeAll
    void publishTwoImports() throws Exception {
        bank = UUID.fromString(id("select id::text from organisations where name = 'First National Bank'"));
        telco = UUID.fromString(id("select id::text from organisations where name = 'Indus Telecom'"));
        String named = id("select id::text from people where email = 'analyst@moit.demo'");
        fixture("a1", "indicator", Tlp.GREEN, List.of(X, "malicious-activity"), "2025-01-10T00:00:00.000Z", "bank");
        fixture("a2", "malware", Tlp.AMBER_STRICT, List.of(Z), "2025-04-01T00:00:00.000Z", "bank");
        fixture("a3", "indicator", Tlp.RED, List.of(Y), "2025-06-01T00:00:00.000Z", "bank");
        fixture("b1", "indicator", Tlp.AMBER, List.of(Y), "2025-03-01T00:00:00.000Z", "telco");
        fixture("b2", "malware", Tlp.CLEAR, List.of(X), "2025-09-01T00:00:00.000Z", "telco");
        publish("analyst@bank.demo", "organisations=" + telco + "&people=" + named, "bank");
        Thread.sleep(20);
        betweenImports = Instant.now();
        Thread.sleep(20);
        publish("analyst@telco.demo", "organisations=" + bank, "telco");
    }

    // ---- each filter alone (within this run's word), and ORed values ----

    @Test
    void labelAloneAndOred() {
        assertThat(fixtureNames("bankAnalyst", "label=" + X)).containsExactlyInAnyOrder("a1", "b2");
        assertThat(fixtureNames("bankAnalyst", "label=" + X + "&label=" + Y)).containsExactlyInAnyOrder("a1", "a3", "b1", "b2");
        assertThat(fixtureNames("bankAnalyst", "label=" + X + "," + Z)).containsExactlyInAnyOrder("a1", "a2", "b2");
        // Labels are matched whole, not as words or prefixes.
        assertThat(fixtureNames("bankAnalyst", "label=flt-x")).isEmpty();
    }

    @Test
    void typeAloneAndOred() {
        assertThat(fixtureNames("bankAnalyst", "q=" + WORD + "&type=malware")).containsExactlyInAnyOrder("a2", "b2");
        assertThat(fixtureNames("bankAnalyst", "q=" + WORD + "&type=malware&type=indicator")).hasSize(5);
    }

    @Test
    void tlpAloneOredAndSpelledEveryWay() {
        assertThat(fixtureNames("bankAnalyst", "q=" + WORD + "&tlp=RED")).containsExactly("a3");
        assertThat(fixtureNames("bankAnalyst", "q=" + WORD + "&tlp=GREEN&tlp=amber")).containsExactlyInAnyOrder("a1", "b1");
        for (String strict : List.of("AMBER%2BSTRICT", "AMBER+STRICT", "amber_strict", "TLP:AMBER%2BSTRICT")) {
            assertThat(fixtureNames("bankAnalyst", "q=" + WORD + "&tlp=" + strict)).as(strict).containsExactly("a2");
        }
        assertThat(fixtureNames("bankAnalyst", "q=" + WORD + "&tlp=white")).containsExactly("b2");
    }

    @Test
    void tlpAloneOverTheWholeStoreReturnsOnlyThatLevel() {
        for (JsonNode o : objects("bankAnalyst", "tlp=AMBER_STRICT")) {
            assertThat(o.path("tlp").asString()).isEqualTo("AMBER_STRICT");
        }
        // Nobody anonymous ever sees RED, and no filter changes that.
        assertThat(objects("anonymous", "tlp=RED")).isEmpty();
    }

    @Test
    void publisherAloneAndOred() {
        assertThat(fixtureNames("bankAnalyst", "q=" + WORD + "&publisher=" + bank)).containsExactlyInAnyOrder("a1", "a2", "a3");
        // A hub administrator may filter by any organisation, and still sees only what the policy shows them.
        assertThat(fixtureNames("hubAdmin", "q=" + WORD + "&publisher=" + telco)).containsExactlyInAnyOrder("b1", "b2");
        assertThat(fixtureNames("hubAdmin", "q=" + WORD + "&publisher=" + telco + "&publisher=" + bank))
                .containsExactlyInAnyOrder("a1", "b1", "b2");
    }

    @Test
    void publisherOfAnotherOrganisationIsForHubAdministratorsOnly() {
        // Who published what is not shown to readers; TAXII's submissions collections follow the same rule.
        HttpResponse<String> other = get("bankAnalyst", "/api/v1/intel/objects?publisher=" + telco);
        assertThat(other.statusCode()).as(other.body()).isEqualTo(403);
        assertThat(other.body()).contains(telco.toString());
        assertThat(get("anonymous", "/api/v1/intel/objects?publisher=" + bank).statusCode()).isEqualTo(403);
    }

    @Test
    void modifiedWindow() {
        assertThat(fixtureNames("bankAnalyst", "q=" + WORD + "&modified_after=2025-05-01")).containsExactlyInAnyOrder("a3", "b2");
        assertThat(fixtureNames("bankAnalyst", "q=" + WORD + "&modified_before=2025-05-01")).containsExactlyInAnyOrder("a1", "a2", "b1");
        assertThat(fixtureNames("bankAnalyst", "q=" + WORD + "&modified_after=2025-02-01T00:00:00Z&modified_before=2025-07-01"))
                .containsExactlyInAnyOrder("a2", "a3", "b1");
        // The after end includes its instant, the before end excludes it.
        assertThat(fixtureNames("bankAnalyst", "q=" + WORD + "&modified_after=2025-06-01T00:00:00Z&modified_before=2025-06-01T00:00:00.001Z"))
                .containsExactly("a3");
        assertThat(fixtureNames("bankAnalyst", "q=" + WORD + "&modified_after=2025-05-31T00:00:00%2B05:00&modified_before=2025-06-01T00:00:00Z"))
                .isEmpty();
    }

    @Test
    void addedWindow() {
        String t = betweenImports.toString();
        assertThat(fixtureNames("bankAnalyst", "q=" + WORD + "&added_before=" + t)).containsExactlyInAnyOrder("a1", "a2", "a3");
        assertThat(fixtureNames("bankAnalyst", "q=" + WORD + "&added_after=" + t)).containsExactlyInAnyOrder("b1", "b2");
        assertThat(fixtureNames("bankAnalyst", "added_after=" + t + "&label=" + X)).containsExactly("b2");
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        assertThat(fixtureNames("bankAnalyst", "q=" + WORD + "&added_after=" + today)).hasSize(5);
        assertThat(fixtureNames("bankAnalyst", "q=" + WORD + "&added_before=" + today)).isEmpty();
    }

    @Test
    void filtersCombineWithAnd() {
        assertThat(fixtureNames("bankAnalyst", "label=" + Y + "&tlp=AMBER&type=indicator")).containsExactly("b1");
        assertThat(fixtureNames("bankAnalyst", "label=" + X + "&label=" + Y + "&tlp=RED&tlp=CLEAR&modified_after=2025-08-01"))
                .containsExactly("b2");
        assertThat(fixtureNames("bankAnalyst", "label=" + X + "&type=indicator&publisher=" + bank + "&added_before=" + betweenImports
                + "&modified_before=2025-02-01&q=" + WORD)).containsExactly("a1");
        assertThat(fixtureNames("bankAnalyst", "label=" + Z + "&tlp=GREEN")).isEmpty();
    }

    // ---- the policy under every filter ----

    static Stream<Arguments> viewersAndFilters() {
        List<String> filters = new ArrayList<>(List.of("", "label=" + X, "label=" + Y + "&label=" + Z, "type=malware",
                "modified_after=2025-05-01", "modified_before=2025-05-01", "label=" + Y + "&tlp=AMBER&type=indicator"));
        for (Tlp tlp : Tlp.values()) {
            filters.add("tlp=" + tlp.name());
        }
        filters.add("tlp=RED&tlp=AMBER_STRICT&tlp=AMBER");
        return VIEWERS.keySet().stream().flatMap(v -> filters.stream().map(f -> Arguments.of(v, f)));
    }

    /**
     * Whatever the filter, a viewer gets exactly the fixtures they may see that match it: never one more.
     * What they may see is the TLP table applied to each fixture's distribution.
     */
    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("viewersAndFilters")
    void aFilterNeverWidensWhatTheViewerSees(String viewer, String filter) {
        Set<String> visible = fixtures.values().stream().filter(f -> maySee(viewer, f)).map(Fixture::name).collect(Collectors.toSet());
        Set<String> matching = fixtures.values().stream().filter(matches(filter)).map(Fixture::name).collect(Collectors.toSet());
        Set<String> expected = new HashSet<>(visible);
        expected.retainAll(matching);
        String scoped = "label=" + X + "&label=" + Y + "&label=" + Z;
        String query = filter.startsWith("label=") ? filter : (filter.isEmpty() ? scoped : scoped + "&" + filter);
        assertThat(fixtureNames(viewer, query)).as("%s with %s", viewer, query).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void redForAViewerNotNamedReturnsNothing() {
        assertThat(fixtureNames("notNamed", "tlp=RED&label=" + Y)).isEmpty();
        assertThat(fixtureNames("hubAdmin", "tlp=RED&label=" + Y)).isEmpty();
        assertThat(fixtureNames("namedPerson", "tlp=RED&label=" + Y)).containsExactly("a3");
        assertThat(fixtureNames("notNamed", "tlp=AMBER_STRICT&q=" + WORD)).isEmpty();
    }

    // ---- bad values ----

    @Test
    void badValuesAreRejectedNamingTheParameterAndValue() {
        assertRejected("tlp=PURPLE", "tlp", "PURPLE");
        assertRejected("tlp=GREEN&tlp=AMBER%2BLOOSE", "tlp", "AMBER+LOOSE");
        assertRejected("added_after=yesterday", "added_after", "yesterday");
        assertRejected("added_before=2026-02-30", "added_before", "2026-02-30");
        assertRejected("modified_after=2026-01-01T25:00:00Z", "modified_after", "2026-01-01T25:00:00Z");
        assertRejected("modified_before=1%2F2%2F2026", "modified_before", "1/2/2026");
        assertRejected("publisher=not-a-uuid", "publisher", "not-a-uuid");
        assertRejected("publisher=1-2-3-4-5", "publisher", "1-2-3-4-5");
        assertRejected("added_after=2026-02-01&added_before=2026-01-01", "added_before", "2026-01-01");
        assertRejected("version=newest", "version", "newest");
        assertRejected("version=last,%2B300000-01-01T00:00:00Z", "version", "+300000-01-01T00:00:00Z");
        // Bad values are rejected before anyone's permissions are looked at, for anonymous callers too.
        assertRejected(null, "tlp=BLACK", "tlp", "BLACK");
    }

    @Test
    void everyBadValueIsNamedAtOnce() throws Exception {
        HttpResponse<String> response = get("bankAnalyst", "/api/v1/intel/objects?tlp=PURPLE&added_after=soon&publisher=x");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        JsonNode errors = JSON.readTree(response.body()).path("errors");
        assertThat(errors.valueStream().map(e -> e.path("field").asString()).toList())
                .containsExactlyInAnyOrder("tlp", "added_after", "publisher");
    }

    @Test
    void blankValuesDoNotFilter() {
        assertThat(fixtureNames("bankAnalyst", "q=" + WORD + "&tlp=&label=&publisher=&added_after=&modified_before=&type="))
                .hasSize(5);
    }

    // ---- the /intel page takes the same parameters ----

    @Test
    void theBrowsePageFiltersByTheSameParametersUnderTheSamePolicy() {
        Http anonymous = new Http(port);
        HttpResponse<String> clear = anonymous.get("/intel?q=" + WORD + "&tlp=CLEAR&tlp=RED&label=" + X);
        assertThat(clear.statusCode()).isEqualTo(200);
        assertThat(clear.body()).contains("malware " + WORD + " b2").doesNotContain(WORD + " a1").doesNotContain(WORD + " a3");
        // Anonymous readers are offered no publisher list: who shares on the platform is for members.
        assertThat(clear.body()).doesNotContain("id=\"publisher\"");

        Http analyst = new Http(port);
        analyst.signIn("analyst@bank.demo", PASSWORD);
        HttpResponse<String> amber = analyst.get("/intel?q=" + WORD + "&tlp=AMBER&tlp=AMBER_STRICT&modified_before=2025-05-01");
        assertThat(amber.body()).contains(WORD + " a2", WORD + " b1").doesNotContain(WORD + " a1").doesNotContain(WORD + " a3");
        assertThat(amber.body()).contains("value=\"AMBER_STRICT\" checked").contains("value=\"2025-05-01\"");
        assertThat(amber.body()).contains("<option value=\"" + bank + "\"").doesNotContain("<option value=\"" + telco + "\"");

        HttpResponse<String> bad = analyst.get("/intel?tlp=PURPLE&added_after=soon");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("role=\"alert\"").contains("tlp").contains("PURPLE").contains("added_after").contains("soon");
        assertThat(analyst.get("/intel?publisher=" + telco).statusCode()).isEqualTo(403);
    }

    // ---- helpers ----

    private void assertRejected(String query, String field, String value) {
        assertRejected("analyst@bank.demo", query, field, value);
    }

    private void assertRejected(String email, String query, String field, String value) {
        HttpResponse<String> response = new Http(port).json("GET", "/api/v1/intel/objects?" + query,
                email == null ? null : basic(email, PASSWORD), null);
        assertThat(response.statusCode()).as(query + " -> " + response.body()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("detail").asString()).contains(field).contains(value);
        assertThat(problem.path("errors").valueStream()
                .anyMatch(e -> field.equals(e.path("field").asString()) && value.equals(e.path("value").asString())))
                .as(response.body()).isTrue();
    }

    private boolean maySee(String viewer, Fixture f) {
        boolean bankSide = "bank".equals(f.batch());
        return switch (f.tlp()) {
            case CLEAR -> true;
            case GREEN -> !"anonymous".equals(viewer);
            // Bank's AMBER goes to telco, telco's to the bank; the hub's CERT sees AMBER.
            case AMBER -> Set.of("bankAnalyst", "telcoAnalyst", "hubAdmin").contains(viewer);
            case AMBER_STRICT -> bankSide && Set.of("bankAnalyst", "telcoAnalyst").contains(viewer);
            case RED -> bankSide && Set.of("bankAnalyst", "namedPerson").contains(viewer);
        };
    }

    private static Predicate<Fixture> matches(String filter) {
        Predicate<Fixture> all = f -> true;
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String pair : filter.split("&")) {
            if (!pair.isEmpty()) {
                String[] kv = pair.split("=", 2);
                params.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(kv[1]);
            }
        }
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            List<String> values = e.getValue();
            Predicate<Fixture> p = switch (e.getKey()) {
                case "label" -> f -> f.labels().stream().anyMatch(values::contains);
                case "tlp" -> f -> values.contains(f.tlp().name());
                case "type" -> f -> values.contains(f.type());
                case "modified_after" -> f -> f.modified().compareTo(values.getFirst()) >= 0;
                case "modified_before" -> f -> f.modified().compareTo(values.getFirst()) < 0;
                default -> throw new IllegalArgumentException(e.getKey());
            };
            all = all.and(p);
        }
        return all;
    }

    /** The names of this run's fixtures among every page the viewer gets for {@code query}. */
    private List<String> fixtureNames(String viewer, String query) {
        Map<String, String> byId = fixtures.values().stream().collect(Collectors.toMap(Fixture::id, Fixture::name));
        return objects(viewer, query).stream().map(o -> byId.get(o.path("id").asString())).filter(n -> n != null).toList();
    }

    private List<JsonNode> objects(String viewer, String query) {
        List<JsonNode> all = new ArrayList<>();
        long after = 0;
        while (true) {
            HttpResponse<String> response = get(viewer, "/api/v1/intel/objects?limit=1000&after=" + after + "&" + query);
            assertThat(response.statusCode()).as(query + " -> " + response.body()).isEqualTo(200);
            JsonNode page = JSON.readTree(response.body());
            page.path("objects").forEach(all::add);
            if (!page.path("more").asBoolean()) {
                return all;
            }
            after = page.path("nextSeq").asLong();
        }
    }

    private HttpResponse<String> get(String viewer, String path) {
        String email = VIEWERS.get(viewer);
        return new Http(port).json("GET", path, email == null ? null : basic(email, PASSWORD), null);
    }

    private void fixture(String name, String type, Tlp tlp, List<String> labels, String modified, String batch) {
        fixtures.put(name, new Fixture(name, type + "--" + UUID.randomUUID(), type, tlp, labels, modified, batch));
    }

    private void publish(String email, String recipients, String batch) {
        String[] objects = fixtures.values().stream().filter(f -> f.batch().equals(batch)).map(IntelFilterTests::stix)
                .toArray(String[]::new);
        HttpResponse<String> published = new Http(port).json("POST", "/api/v1/intel/bundles?" + recipients,
                basic(email, PASSWORD), Stix.bundle(objects));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        assertThat(published.body()).contains("\"processed\":" + objects.length).contains("\"rejections\":[]");
    }

    private static String stix(Fixture f) {
        String labels = f.labels().stream().map(l -> "\"" + l + "\"").collect(Collectors.joining(",", "[", "]"));
        String common = """
                "spec_version":"2.1","id":"%s","created":"2025-01-01T00:00:00.000Z","modified":"%s",\
                "name":"%s %s %s","labels":%s,"object_marking_refs":["%s"]"""
                .formatted(f.id(), f.modified(), f.type(), WORD, f.name(), labels, f.tlp().markingId());
        return "indicator".equals(f.type())
                ? "{\"type\":\"indicator\"," + common + ",\"pattern\":\"[ipv4-addr:value = '198.51.100.9']\","
                        + "\"pattern_type\":\"stix\",\"valid_from\":\"2025-01-01T00:00:00Z\"}"
                : "{\"type\":\"malware\"," + common + ",\"is_family\":false}";
    }

    private String id(String sql) {
        return jdbc.sql(sql).query(String.class).single();
    }
}
