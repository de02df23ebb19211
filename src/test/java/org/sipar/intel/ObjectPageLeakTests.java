package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.intel.PageObjects.id;
import static org.sipar.support.Http.basic;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sipar.sharing.Tlp;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * The TLP table over what an object's page names of other objects: a TLP:CLEAR page that everyone opens names
 * its author, a report's contents, a relationship's source and what revoked it, each published at every level.
 * Whoever may not see one is told there is something they cannot see, never its name (nor, in these sections,
 * its id).
 */
@DemoPlatform
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObjectPageLeakTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** Per level: the hidden-side object (author, content, source, replacement) and the CLEAR page naming it. */
    record Pair(ObjectNode named, ObjectNode page) {
    }

    final Map<Tlp, Pair> authors = new EnumMap<>(Tlp.class);
    final Map<Tlp, Pair> contents = new EnumMap<>(Tlp.class);
    final Map<Tlp, Pair> sources = new EnumMap<>(Tlp.class);
    final Map<Tlp, Pair> replacements = new EnumMap<>(Tlp.class);
    final Map<String, Http> sessions = new ConcurrentHashMap<>();

    @BeforeAll
    void publishEveryLevel() {
        List<ObjectNode> objects = new ArrayList<>();
        for (Tlp tlp : Tlp.values()) {
            String word = tlp.name().toLowerCase().replace("_", "");
            ObjectNode author = PageObjects.named("identity", tlp, "Author " + word);
            ObjectNode authored = PageObjects.indicator(Tlp.CLEAR, "Authored " + word, "[ipv4-addr:value = '198.51.100.20']")
                    .put("created_by_ref", id(author));
            ObjectNode hidden = PageObjects.named("malware", tlp, "Hidden " + word);
            ObjectNode report = PageObjects.report(Tlp.CLEAR, "Report " + word, id(hidden), id(authored));
            ObjectNode uses = PageObjects.relationship(Tlp.CLEAR, "uses", id(hidden), id(authored));
            ObjectNode replacement = PageObjects.named("attack-pattern", tlp, "Replacement " + word);
            ObjectNode old = PageObjects.named("attack-pattern", Tlp.CLEAR, "Revoked " + word).put("revoked", true);
            ObjectNode revokedBy = PageObjects.relationship(Tlp.CLEAR, "revoked-by", id(old), id(replacement));
            authors.put(tlp, new Pair(author, authored));
            contents.put(tlp, new Pair(hidden, report));
            sources.put(tlp, new Pair(hidden, uses));
            replacements.put(tlp, new Pair(replacement, old));
            objects.addAll(List.of(author, authored, hidden, report, uses, replacement, old, revokedBy));
        }
        publish(objects.toArray(ObjectNode[]::new));
    }

    private void publish(ObjectNode... objects) {
        Http api = new Http(port);
        String nic = one("select id::text from organisations where name = 'National Internet Community'");
        HttpResponse<String> group = api.json("POST", "/api/v1/sharing-groups", basic("admin@cert.demo", "sipar-demo"),
                "{\"name\":\"Object page circle\",\"members\":[\"" + nic + "\"]}");
        assertThat(group.statusCode()).as(group.body()).isEqualTo(201);
        String recipients = "?organisations=" + one("select id::text from organisations where name = 'Indus Telecom'")
                + "&groups=" + one("select id::text from sharing_groups where name = 'Object page circle'")
                + "&people=" + one("select id::text from people where email = 'analyst@moit.demo'");
        HttpResponse<String> published = api.json("POST", "/api/v1/intel/bundles" + recipients,
                basic("analyst@bank.demo", "sipar-demo"), PageObjects.bundle(objects));
        assertThat(published.body()).as(published.body()).contains("\"rejections\":[]");
    }

    @ParameterizedTest(name = "{0} sees the author at {1}: {2}")
    @MethodSource("org.sipar.sharing.TlpTable#rows")
    void theAuthorIsNamedOnlyToThoseWhoMaySeeIt(String viewer, Tlp tlp, boolean sees) {
        String page = page(viewer, authors.get(tlp).page());
        assertThat(page.contains(">Author ")).as("%s sees the author's name at %s", viewer, tlp).isEqualTo(sees);
        assertThat(part(page, "<dd class=\"author\">", "</dd>").contains(id(authors.get(tlp).named()))).as("%s sees the author's id", viewer).isEqualTo(sees);
        assertThat(page.contains("an identity you cannot see")).isEqualTo(!sees);
    }

    @ParameterizedTest(name = "{0} sees the report's content at {1}: {2}")
    @MethodSource("org.sipar.sharing.TlpTable#rows")
    void aReportListsOnlyWhatItsReaderMaySeeAndCountsTheRest(String viewer, Tlp tlp, boolean sees) {
        String page = page(viewer, contents.get(tlp).page());
        assertThat(page.contains("Hidden ")).as("%s sees the content's name at %s", viewer, tlp).isEqualTo(sees);
        assertThat(part(page, "<section class=\"card contents\">", "</section>").contains(id(contents.get(tlp).named()))).as("%s sees the content's id", viewer).isEqualTo(sees);
        assertThat(page.contains("One more object in it is not shared with you.")).isEqualTo(!sees);
        assertThat(page).contains("Authored ");
    }

    @ParameterizedTest(name = "{0} sees the relationship's source at {1}: {2}")
    @MethodSource("org.sipar.sharing.TlpTable#rows")
    void aRelationshipNamesOnlyTheEndsItsReaderMaySee(String viewer, Tlp tlp, boolean sees) {
        String page = page(viewer, sources.get(tlp).page());
        assertThat(page.contains("Hidden ")).as("%s sees the source's name at %s", viewer, tlp).isEqualTo(sees);
        assertThat(part(page, "<h1 class=\"relates\">", "</h1>").contains(id(sources.get(tlp).named()))).as("%s sees the source's id", viewer).isEqualTo(sees);
        assertThat(page.contains("an object you cannot see")).isEqualTo(!sees);
        assertThat(page).contains("Authored ");
    }

    @ParameterizedTest(name = "{0} sees what revoked it at {1}: {2}")
    @MethodSource("org.sipar.sharing.TlpTable#rows")
    void aRevokedObjectLinksItsReplacementOnlyForThoseWhoMaySeeIt(String viewer, Tlp tlp, boolean sees) {
        String page = page(viewer, replacements.get(tlp).page());
        assertThat(page).contains("state-revoked");
        assertThat(page.contains("Replacement ")).as("%s sees the replacement at %s", viewer, tlp).isEqualTo(sees);
        assertThat(part(page, "<div class=\"banner\"", "</div>").contains(id(replacements.get(tlp).named()))).as("%s sees its id", viewer).isEqualTo(sees);
    }

    /** The rendered page (without the folded JSON of the object as received) of {@code object} for {@code viewer}. */
    private String page(String viewer, ObjectNode object) {
        HttpResponse<String> response = session(viewer).get("/intel/objects/" + id(object));
        assertThat(response.statusCode()).as("%s opens a TLP:CLEAR page", viewer).isEqualTo(200);
        return PageObjects.rendered(response.body());
    }

    /**
     * The part of {@code page} from {@code start} to {@code end}, which must be there: the section under test. Ids
     * are looked for there only, since the graph may show the id of an end the reader cannot see, which the
     * relationship it can see holds anyway; names are looked for in the whole page.
     */
    private static String part(String page, String start, String end) {
        int from = page.indexOf(start);
        assertThat(from).as("the page has %s", start).isNotNegative();
        return page.substring(from, page.indexOf(end, from));
    }

    private Http session(String viewer) {
        return sessions.computeIfAbsent(viewer, v -> TlpViewers.session(port, v));
    }

    private String one(String sql) {
        return jdbc.sql(sql).query(String.class).single();
    }
}
