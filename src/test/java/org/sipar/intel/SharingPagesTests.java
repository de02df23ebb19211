package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.stix.Stix.bundle;
import static org.sipar.support.stix.Stix.indicator;
import static org.sipar.support.stix.Stix.newIndicatorId;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sharing on the web: the import form shows the levels with the default chosen and who a choice reaches; an
 * upload takes the chosen level and recipients; the report says per level how many and for whom; the object's
 * publisher changes its distribution on the redistribution page, with a reason.
 */
@DemoPlatform
class SharingPagesTests {

    static final Pattern ACTION_CSRF = Pattern.compile("_csrf=([^\"&]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theImportFormShowsTheDefaultLevelChosenAndWhoItReaches() {
        Http web = signedIn("analyst@cert.demo");
        String form = web.get("/intel/import").body();
        assertThat(form).contains("name=\"tlp\" value=\"AMBER\" checked", "(default)", "First National Bank",
                "Finance and telecom sector", "Visible to:");
        String bank = id("select id::text from organisations where name = 'First National Bank'");
        String audience = web.get("/intel/audience?tlp=AMBER_STRICT&organisations=" + bank).body();
        assertThat(audience).contains("TLP:AMBER+STRICT", "First National Bank", "National CERT").doesNotContain("Indus Telecom");
        assertThat(web.get("/intel/audience?tlp=CLEAR").body()).contains("everyone, including visitors");
        assertThat(web.get("/intel/audience?tlp=AMBER&organisations=nobody").body()).contains("alert", "nobody");
    }

    @Test
    void membersAreNotShownTheRedistributionForm() {
        assertThat(signedIn("member@cert.demo").get("/intel/audience?tlp=RED").statusCode()).isEqualTo(403);
    }

    @Test
    void anUploadTakesTheChosenLevelAndRecipientsAndTheReportSaysForWhom() throws Exception {
        String indicator = newIndicatorId();
        String bank = id("select id::text from organisations where name = 'First National Bank'");
        String reportPage = upload(indicator, Map.of("tlp", "AMBER_STRICT", "organisations", bank));
        assertThat(jdbc.sql("select tlp || recipient_orgs::text from intel_objects where id = ?").param(indicator)
                .query(String.class).single()).isEqualTo("AMBER_STRICT{" + bank + "}");
        assertThat(reportPage).contains("Objects without a marking of their own took TLP:AMBER+STRICT",
                "Recipients named:", "<bdi>First National Bank</bdi>", "TLP:AMBER+STRICT");
    }

    @Test
    void thePublisherChangesTheDistributionOnItsPageWithAReason() throws Exception {
        String indicator = newIndicatorId();
        upload(indicator, Map.of("tlp", "RED"));
        Http web = signedIn("analyst@cert.demo");
        String object = web.get("/intel/objects/" + indicator).body();
        assertThat(object).contains("/intel/objects/" + indicator + "/distribution");
        String page = web.get("/intel/objects/" + indicator + "/distribution").body();
        assertThat(page).contains("Change distribution", "name=\"tlp\" value=\"RED\" checked", "Bilal Ahmed");
        HttpResponse<String> refused = web.post("/intel/objects/" + indicator + "/distribution", Map.of("tlp", "GREEN"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("reason");
        HttpResponse<String> done = web.post("/intel/objects/" + indicator + "/distribution",
                Map.of("tlp", "GREEN", "reason", "every member should block it"));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(web.get(done.headers().firstValue("Location").orElseThrow()).body())
                .contains("Distribution changed: 1 versions", "every member of the platform");
        assertThat(signedIn("member@bank.demo").get("/intel/objects/" + indicator).body()).contains("Indicator web");
        assertThat(signedIn("analyst@bank.demo").get("/intel/objects/" + indicator + "/distribution").statusCode()).isEqualTo(404);
    }

    @Test
    void theReportOffersToApplyAReimportsOtherDistributionAndTheButtonDoesIt() throws Exception {
        String indicator = newIndicatorId();
        upload(indicator, Map.of());
        String group = id("select id::text from sharing_groups where name = 'Finance and telecom sector'");
        String report = upload(indicator, Map.of("groups", group));
        assertThat(report).contains("1 objects were already held with another distribution", "/redistribution");
        String importId = jdbc.sql("select id::text from intel_imports where source = 'web.json' order by queued_at desc limit 1")
                .query(String.class).single();
        Http web = signedIn("analyst@cert.demo");
        web.get("/intel/imports/" + importId);
        HttpResponse<String> applied = web.post("/intel/imports/" + importId + "/redistribution", Map.of("reason", "sector"));
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(302);
        assertThat(web.get(applied.headers().firstValue("Location").orElseThrow()).body()).contains("Applied to 1 objects");
        assertThat(jdbc.sql("select recipient_groups::text from intel_objects where id = ?").param(indicator)
                .query(String.class).single()).isEqualTo("{" + group + "}");
    }

    private Http signedIn(String email) {
        Http web = new Http(port);
        web.signIn(email, "sipar-demo");
        return web;
    }

    /** Uploads one indicator through the form as the CERT's analyst, with these fields; returns the finished report page. */
    private String upload(String indicator, Map<String, String> fields) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String login = send(browser, HttpRequest.newBuilder(uri("/login")).GET()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).isTrue();
        send(browser, HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=analyst%40cert.demo&password=sipar-demo&_csrf="
                        + csrf.group(1).replace("&#45;", "-"))));
        Matcher action = ACTION_CSRF.matcher(send(browser, HttpRequest.newBuilder(uri("/intel/import")).GET()).body());
        assertThat(action.find()).isTrue();
        String boundary = "sipar-" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"web.json\"\r\n")
                .append("Content-Type: application/json\r\n\r\n")
                .append(bundle(indicator(indicator, "web", null, "2026-02-01T00:00:00.000Z"))).append("\r\n--")
                .append(boundary).append("--\r\n");
        HttpResponse<String> answer = send(browser, HttpRequest.newBuilder(uri("/intel/import?_csrf="
                        + action.group(1).replace("&#45;", "-")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        String report = answer.headers().firstValue("Location").orElseThrow();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String page = send(browser, HttpRequest.newBuilder(uri(report)).GET()).body();
        while (!page.contains("report-sharing")) {
            assertThat(System.nanoTime()).as("the import of %s ends", indicator).isLessThan(deadline);
            Thread.sleep(100);
            page = send(browser, HttpRequest.newBuilder(uri(report)).GET()).body();
        }
        return page;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    private String id(String sql) {
        return jdbc.sql(sql).query(String.class).single();
    }
}
