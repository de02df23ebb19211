package org.sipar.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sipar.identity.Directory;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * No advisory reaches anyone the sharing policy does not give it to, in any output: the list and its search, the
 * advisory's page, its CSAF file, the provider's index.txt, changes.csv and ROLIE feed, the Atom, RSS and JSON feeds,
 * and the change feed (the advisory's STIX report, as intel's API, TAXII and the live stream serve it).
 * One advisory per TLP level, each viewer kind: anonymous, a member outside every recipient, a member of the sharing
 * group, a member of the named organisation, the named person, the publishing person and their colleague. The
 * workroom is decided by the same policy: the reviewer of the TLP:RED advisory is one of its named people.
 */
@DemoPlatform
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdvisoryLeakTests extends AdvisoryFixture {

    @Autowired
    Directory directory;

    /** Each level's advisory: its marker (in its title) and tracking id. */
    private final Map<String, String> markers = new LinkedHashMap<>();
    private final Map<String, String> tracking = new HashMap<>();

    /** Who sees which level, as the policy says (AMBER to the finance and telecom group, AMBER+STRICT to the bank). */
    private static final Map<String, Set<String>> SEES = Map.of(
            "anonymous", Set.of("CLEAR"),
            "analyst@moit.demo", Set.of("CLEAR", "GREEN"),
            "analyst@telco.demo", Set.of("CLEAR", "GREEN", "AMBER", "RED"),
            "analyst@bank.demo", Set.of("CLEAR", "GREEN", "AMBER", "AMBER_STRICT"),
            "member@cert.demo", Set.of("CLEAR", "GREEN", "AMBER", "AMBER_STRICT"),
            AUTHOR, Set.of("CLEAR", "GREEN", "AMBER", "AMBER_STRICT", "RED"));

    @BeforeAll
    void publishOnePerLevel() {
        String bank = directory.organisations().stream().filter(o -> o.name().equals("First National Bank")).findFirst().orElseThrow().id().toString();
        String group = directory.sharingGroups().stream().filter(g -> g.name().equals("Finance and telecom sector")).findFirst().orElseThrow().id().toString();
        for (String level : List.of("CLEAR", "GREEN", "AMBER", "AMBER_STRICT", "RED")) {
            String marker = "leak" + level.toLowerCase(Locale.ROOT).replace("_", "") + UUID.randomUUID().toString().substring(0, 8);
            Map<String, String> fields = new HashMap<>(securityAdvisory(marker + " advisory", level));
            switch (level) {
                case "AMBER" -> fields.put("recipientGroups", group);
                case "AMBER_STRICT" -> fields.put("recipientOrgs", bank);
                case "RED" -> fields.put("recipientPeopleEmails", "analyst@telco.demo\n" + REVIEWER); // the reviewer reads it too
                default -> { }
            }
            markers.put(level, marker);
            tracking.put(level, published(fields));
        }
    }

    @Test
    void everyOutputShowsEachViewerExactlyWhatThePolicyGivesThem() {
        SoftAssertions soft = new SoftAssertions();
        SEES.forEach((viewer, levels) -> {
            Http session = viewer.equals("anonymous") ? anonymous() : as(viewer);
            String basic = viewer.equals("anonymous") ? null : Http.basic(viewer, PASSWORD);
            Map<String, String> outputs = outputs(session, basic);
            markers.forEach((level, marker) -> {
                boolean expected = levels.contains(level);
                String file = tracking.get(level).toLowerCase(Locale.ROOT) + ".json";
                outputs.forEach((output, body) -> soft.assertThat(body.contains(marker) || body.contains(file))
                        .as("%s sees the TLP:%s advisory in %s", viewer, level, output).isEqualTo(expected));
                soft.assertThat(session.page("/advisories/" + tracking.get(level)).statusCode())
                        .as("%s opens the TLP:%s advisory's page", viewer, level).isEqualTo(expected ? 200 : 404);
            });
        });
        soft.assertAll();
    }

    @Test
    void theChangeFeedCarriesEachAdvisorysReportToExactlyItsReaders() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        for (String level : markers.keySet()) {
            String report = AdvisoryFixture.reportId(tracking.get(level));
            awaitOnTheFeed(report);
            SEES.forEach((viewer, levels) -> {
                String auth = viewer.equals("anonymous") ? null : Http.basic(viewer, PASSWORD);
                int status = anonymous().json("GET", "/api/v1/intel/objects/" + report, auth, null).statusCode();
                soft.assertThat(status).as("%s reads the TLP:%s advisory's report on the feed", viewer, level)
                        .isEqualTo(levels.contains(level) ? 200 : 404);
            });
        }
        soft.assertAll();
    }

    private void awaitOnTheFeed(String report) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (anonymous().json("GET", "/api/v1/intel/objects/" + report, Http.basic(AUTHOR, PASSWORD), null).statusCode() == 200) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(report + " did not reach the change feed within 10 s: "
                + anonymous().json("GET", "/api/v1/intel/imports?limit=3", Http.basic(AUTHOR, PASSWORD), null).body());
    }

    @Test
    void theProtectedFoldersAskForCredentialsAndTheirFilesAreNotFoundByThoseWhoMayNotSee() {
        HttpResponse<String> anonymousAmber = anonymous().json("GET", "/.well-known/csaf/amber/index.txt", null, null);
        assertThat(anonymousAmber.statusCode()).isEqualTo(401);
        String file = tracking.get("RED").toLowerCase(Locale.ROOT) + ".json";
        String path = "/.well-known/csaf/red/" + java.time.Year.now().getValue() + "/" + file;
        assertThat(anonymous().json("GET", path, Http.basic("analyst@telco.demo", PASSWORD), null).statusCode()).isEqualTo(200);
        assertThat(anonymous().json("GET", path, Http.basic("member@cert.demo", PASSWORD), null).statusCode()).isEqualTo(404);
        assertThat(anonymous().json("GET", path, null, null).statusCode()).isEqualTo(401);
    }

    /** The list's results, without the search form (which shows what was searched for). */
    private static String results(String page) {
        int start = page.indexOf("id=\"advisory-results\"");
        assertThat(start).as(page).isPositive();
        return page.substring(start);
    }

    /** Every list-like output, as {@code viewer} reads it (pages with the session, machine files with Basic). */
    private Map<String, String> outputs(Http session, String basic) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("the list", results(session.get("/advisories").body()));
        markers.values().forEach(m -> out.merge("the search", results(session.get("/advisories?q=" + m).body()), String::concat));
        out.put("the Atom feed", session.get("/advisories/feed.atom").body());
        out.put("the RSS feed", session.get("/advisories/feed.rss").body());
        out.put("the JSON list", session.json("GET", "/api/v1/advisories", basic, null).body());
        for (String folder : List.of("white", "green", "amber", "red")) {
            String base = "/.well-known/csaf/" + folder + "/";
            out.merge("index.txt", session.json("GET", base + "index.txt", basic, null).body(), String::concat);
            out.merge("changes.csv", session.json("GET", base + "changes.csv", basic, null).body(), String::concat);
            out.merge("the ROLIE feeds", session.json("GET", base + "csaf-feed-tlp-" + folder + ".json", basic, null).body(), String::concat);
        }
        return out;
    }
}
