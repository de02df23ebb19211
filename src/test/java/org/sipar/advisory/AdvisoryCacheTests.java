package org.sipar.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The answers kept for anonymous readers (the home page, the advisories, their feeds, the provider's listings):
 * refreshed by the very next request after a publication (within seconds after another node's), never given to a
 * member (who sees more) nor a member's to anonymous readers, public for anonymous and private for members (and
 * varying on Cookie and Authorization), with strong ETags that conditional requests are answered 304 to.
 */
@DemoPlatform
class AdvisoryCacheTests extends ArticleFixture {

    private static final List<String> ANONYMOUS_OUTPUTS = List.of("/advisories", "/advisories/feed.atom",
            "/advisories/feed.rss", "/api/v1/advisories", "/.well-known/csaf/white/index.txt",
            "/.well-known/csaf/white/changes.csv", "/.well-known/csaf/white/csaf-feed-tlp-white.json");
    private final HttpClient client = HttpClient.newHttpClient();

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyAnonymousOutputShowsAnAdvisoryRightAfterItIsPublished() {
        ANONYMOUS_OUTPUTS.forEach(path -> assertThat(get(path, Map.of()).statusCode()).isEqualTo(200)); // kept now
        String marker = marker("fresh");
        String tracking = published(securityAdvisory(marker + " advisory", "CLEAR"));
        String file = tracking.toLowerCase(java.util.Locale.ROOT) + ".json";
        ANONYMOUS_OUTPUTS.forEach(path -> assertThat(get(path, Map.of()).body())
                .as("%s right after the publication", path).containsAnyOf(marker, file));
        assertThat(get("/advisories/" + tracking, Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void aMembersAnswerIsNeverGivenToAnonymousReadersNorTheirsToAMember() {
        String marker = marker("members");
        published(securityAdvisory(marker + " advisory", "GREEN"));
        String basic = Http.basic("member@bank.demo", PASSWORD);
        Http member = as("member@bank.demo");
        assertThat(member.get("/advisories").body()).contains(marker); // a member's answer first
        assertThat(member.get("/advisories/feed.atom").body()).contains(marker);
        assertThat(get("/advisories", Map.of()).body()).doesNotContain(marker);
        assertThat(get("/advisories/feed.atom", Map.of()).body()).doesNotContain(marker);
        assertThat(get("/api/v1/advisories", Map.of()).body()).doesNotContain(marker); // anonymous kept now
        assertThat(member.get("/advisories").body()).contains(marker);
        assertThat(member.get("/advisories/feed.atom").body()).contains(marker);
        assertThat(get("/api/v1/advisories", Map.of("Authorization", basic)).body()).contains(marker);
    }

    @Test
    void anonymousAnswersArePublicMembersArePrivateAndBothVaryOnCookieAndAuthorization() {
        HttpResponse<String> anonymous = get("/advisories/feed.rss", Map.of());
        assertThat(anonymous.headers().firstValue("Cache-Control").orElse("")).contains("public").contains("no-cache");
        assertThat(anonymous.headers().allValues("Vary").toString()).contains("Cookie").contains("Authorization");
        HttpResponse<String> member = get("/api/v1/advisories", Map.of("Authorization", Http.basic("member@bank.demo", PASSWORD)));
        assertThat(member.headers().firstValue("Cache-Control").orElse("")).contains("private");
        assertThat(member.headers().allValues("Vary").toString()).contains("Cookie").contains("Authorization");
        HttpResponse<String> page = get("/advisories", Map.of());
        assertThat(page.body()).contains("<meta name=\"csrf-token\" content=\"\">"); // nobody's token in a shared page
        assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void aConditionalRequestWithTheETagIsAnswered304() {
        for (String path : List.of("/advisories", "/advisories/feed.atom", "/api/v1/advisories",
                "/.well-known/csaf/provider-metadata.json", "/.well-known/csaf/white/index.txt")) {
            HttpResponse<String> first = get(path, Map.of());
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(etag).as(path).startsWith("\"");
            HttpResponse<String> again = get(path, Map.of("If-None-Match", etag));
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(get(path, Map.of("If-None-Match", "\"other\"")).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void theHomePageIsKeptAndShowsANewAdvisoryAndArticleRightAfterTheirPublication() {
        String before = get("/", Map.of()).body(); // kept now
        String marker = marker("home");
        published(securityAdvisory(marker + " advisory", "CLEAR"));
        assertThat(get("/", Map.of()).body()).contains(marker).isNotEqualTo(before);
        String title = uniqueTitle("Keep your router updated");
        publishedArticle(article(title, "اپنا راؤٹر اپ ڈیٹ رکھیں " + title, "CITIZENS"));
        assertThat(get("/", Map.of()).body()).contains(title);
    }

    @Test
    void theHomePageShowsACatalogueChangeMadeOnAnotherNodeWithinSeconds() throws InterruptedException {
        get("/", Map.of()); // kept now
        String cve = "CVE-2099-" + (10000 + new java.util.Random().nextInt(89999));
        // another node's change: straight into the tables, so that only the stamp can tell this node about it
        jdbc.sql("""
                insert into advisory_kev (cve_id, vendor_project, product, vulnerability_name, date_added, short_description,
                  required_action, due_date, known_ransomware_campaign_use, origin, added_by, added_at, changed_by, changed_at)
                values (?, 'Vendor', 'Product', 'Test entry', current_date, 'Test', 'Patch', current_date, 'Unknown',
                  'national', 'other node', now(), 'other node', now())""").param(cve).update();
        jdbc.sql("update advisory_kev_revision set revision = revision + 1").update();
        try {
            String expected = String.format(Locale.ENGLISH, "%,d vulnerabilities", jdbc.sql("select count(*) from advisory_kev").query(Long.class).single());
            String home = "";
            for (int i = 0; i < 40 && !home.contains(expected); i++) {
                Thread.sleep(100);
                home = get("/", Map.of("Accept-Language", "en")).body();
            }
            assertThat(home).as("the home page within 4 s of the change").contains(expected);
        } finally {
            jdbc.sql("delete from advisory_kev where cve_id = ?").param(cve).update();
            jdbc.sql("update advisory_kev_revision set revision = revision + 1").update();
        }
    }

    @Test
    void theHomePageIsPublicWithoutSessionOrTokenAndAnswers304ToItsETag() {
        HttpResponse<String> home = get("/", Map.of());
        assertThat(home.headers().firstValue("Cache-Control").orElse("")).contains("public").contains("no-cache");
        assertThat(home.headers().allValues("Vary").toString()).contains("Cookie").contains("Authorization");
        assertThat(home.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(home.body()).contains("<meta name=\"csrf-token\" content=\"\">");
        String etag = home.headers().firstValue("ETag").orElseThrow();
        assertThat(get("/", Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);
    }

    private static String marker(String what) {
        return "cache" + what + UUID.randomUUID().toString().substring(0, 8);
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        headers.forEach(request::header);
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
