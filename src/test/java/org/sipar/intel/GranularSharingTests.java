package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.Http.basic;

import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sipar.sharing.Tlp;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.sipar.support.stix.Stix;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Granular markings over every output: the bank's analyst publishes, per TLP level, a GREEN indicator whose
 * description alone is marked at that level. Every member sees each indicator; only those the TLP table lets
 * see the level see its description, through REST (single, versions, search), TAXII (objects, object)
 * and the object's page.
 */
@DemoPlatform
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GranularSharingTests {

    static final String TAXII = "/taxii2/api/collections/5b1f4a70-6c2e-4d0b-9a8e-3c1d2e7f9a01/";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final Map<Tlp, String> ids = new EnumMap<>(Tlp.class);
    final Map<String, String> tokens = new HashMap<>();
    final Map<String, Http> browsers = new HashMap<>();

    @BeforeAll
    void publishOneGreenIndicatorPerGranularLevel() {
        String nic = jdbc.sql("select id::text from organisations where name = 'National Internet Community'")
                .query(String.class).single();
        HttpResponse<String> created = new Http(port).json("POST", "/api/v1/sharing-groups",
                basic("admin@cert.demo", TlpViewers.PASSWORD), "{\"name\":\"Granular circle\",\"members\":[\"" + nic + "\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String group = jdbc.sql("select id::text from sharing_groups where name = 'Granular circle'").query(String.class).single();
        String telco = jdbc.sql("select id::text from organisations where name = 'Indus Telecom'").query(String.class).single();
        String named = jdbc.sql("select id::text from people where email = 'analyst@moit.demo'").query(String.class).single();
        String[] objects = new String[Tlp.values().length];
        for (Tlp tlp : Tlp.values()) {
            ids.put(tlp, Stix.newIndicatorId());
            objects[tlp.ordinal()] = Stix.indicator(ids.get(tlp), "granular" + word(tlp), Tlp.GREEN.markingId(),
                    "2026-01-02T00:00:00.000Z").replaceFirst("\\}$", ", \"description\": \"hidden" + word(tlp)
                    + "\", \"granular_markings\": [{\"marking_ref\": \"" + tlp.markingId() + "\", \"selectors\": [\"description\"]}]}");
        }
        HttpResponse<String> published = new Http(port).json("POST", "/api/v1/intel/bundles?organisations=" + telco
                        + "&groups=" + group + "&people=" + named, basic("analyst@bank.demo", TlpViewers.PASSWORD),
                Stix.bundle(objects));
        assertThat(published.body()).contains("\"accepted\":5");
        TlpViewers.LOGINS.forEach(this::signIn);
    }

    /** One token and one browser session per viewer: Argon2 on every request would make this matrix slow. */
    private void signIn(String viewer, String email) {
        Http browser = new Http(port);
        if (!email.isEmpty()) {
            String token = new Http(port).json("POST", "/api/v1/tokens", basic(email, TlpViewers.PASSWORD),
                    "{\"name\":\"granular matrix\"}").body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
            tokens.put(viewer, "Bearer " + token);
            browser.signIn(email, TlpViewers.PASSWORD);
        }
        browsers.put(viewer, browser);
    }

    @ParameterizedTest(name = "{0} sees the {1} part: {2}")
    @MethodSource("org.sipar.sharing.TlpTable#rows")
    void everyOutputShowsAPartOnlyToThoseItsLevelAllows(String viewer, Tlp level, boolean seesPart) {
        boolean seesObject = !"anonymous".equals(viewer);
        String id = ids.get(level);
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("REST single", rest(viewer, "/api/v1/intel/objects/" + id));
        outputs.put("REST versions", rest(viewer, "/api/v1/intel/objects/" + id + "?version=all"));
        outputs.put("TAXII objects", taxii(viewer, TAXII + "objects/?match%5Bid%5D=" + id));
        outputs.put("TAXII object", taxii(viewer, TAXII + "objects/" + id + "/"));
        outputs.put("page", page(viewer, "/intel/objects/" + id));
        outputs.forEach((output, body) -> {
            assertThat(body.contains("Indicator granular" + word(level))).as("object via %s", output).isEqualTo(seesObject);
            assertThat(body.contains("hidden" + word(level))).as("part via %s", output).isEqualTo(seesObject && seesPart);
        });
        String search = rest(viewer, "/api/v1/intel/objects?q=hidden" + word(level));
        assertThat(search.contains(id)).as("search on the marked part").isEqualTo(seesObject && seesPart);
        // The counts follow what is listed: a row that matched on a part cut for the reader is not counted either.
        assertThat(search).as("count of the search on the marked part").contains("\"total\":" + (seesObject && seesPart ? 1 : 0));
        assertThat(page(viewer, "/intel?q=hidden" + word(level))).as("page count of the search on the marked part")
                .contains("id=\"list-count\">" + (seesObject && seesPart ? "1 object" : "0 objects") + "</p>");
        String byName = rest(viewer, "/api/v1/intel/objects?q=granular" + word(level));
        assertThat(byName.contains("hidden" + word(level))).as("search on the visible part").isEqualTo(seesObject && seesPart);
    }

    @org.junit.jupiter.api.Test
    void aLabelFilterNeverRevealsAHiddenLabel() {
        String id = Stix.newIndicatorId();
        String word = "lbl" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String object = Stix.indicator(id, word, Tlp.GREEN.markingId(), "2026-01-02T00:00:00.000Z")
                .replaceFirst("\\}$", ", \"labels\": [\"open-" + word + "\", \"secret-" + word + "\"], \"granular_markings\": [{"
                        + "\"marking_ref\": \"" + Tlp.RED.markingId() + "\", \"selectors\": [\"labels.[1]\"]}]}");
        assertThat(new Http(port).json("POST", "/api/v1/intel/bundles", tokens.get("publisher"), Stix.bundle(object))
                .body()).contains("\"accepted\":1");

        assertThat(rest("other", "/api/v1/intel/objects?label=secret-" + word)).doesNotContain(id);
        assertThat(rest("other", "/api/v1/intel/objects?label=open-" + word)).as("a visible label on an object with a hidden one")
                .doesNotContain(id);
        assertThat(rest("other", "/api/v1/intel/objects/" + id)).contains("open-" + word).doesNotContain("secret-" + word);
        assertThat(rest("publisher", "/api/v1/intel/objects?label=secret-" + word)).contains(id);
    }

    private static String word(Tlp tlp) {
        return tlp.name().toLowerCase().replace("_", "");
    }

    private String rest(String viewer, String path) {
        return new Http(port).json("GET", path, tokens.get(viewer), null).body();
    }

    private String taxii(String viewer, String path) {
        return new Http(port).taxii(path, tokens.get(viewer)).body();
    }

    private String page(String viewer, String path) {
        return browsers.get(viewer).get(path).body();
    }
}
