package org.sipar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.Http.basic;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sipar.sharing.Tlp;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.sipar.support.stix.Stix;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Not-found pages say what was not found, in English and Urdu, with a way back; the REST API answers a problem
 * detail. An object the viewer may not see gets exactly the page of one that does not exist, but for the id.
 */
@DemoPlatform
class NotFoundPagesTests {

    static final String PASSWORD = "sipar-demo";

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en | No intelligence object with this id was found. | Not found | Back to the start",
            "ur | اس شناخت کے ساتھ کوئی انٹیلیجنس آبجیکٹ نہیں ملا۔ | نہیں ملا | شروع پر واپس"})
    void anUnknownObjectSaysSoInEachLanguage(String lang, String says, String title, String back) {
        Http browser = signedIn("analyst@telco.demo");
        String id = Stix.newIndicatorId();
        HttpResponse<String> page = browser.get("/intel/objects/" + id + "?lang=" + lang);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("lang=\"" + lang + "\"", says, title, "<a href=\"/\">" + back + "</a>",
                "<code class=\"not-found-id\" dir=\"ltr\">" + id + "</code>");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en | There is no page at this address. | No organisation with this id was found.",
            "ur | اس پتے پر کوئی صفحہ نہیں۔ | اس شناخت کے ساتھ کوئی ادارہ نہیں ملا۔"})
    void anUnknownAddressAndAnUnknownOrganisationSaySo(String lang, String noPage, String noOrganisation) {
        Http browser = signedIn("admin@bank.demo");
        browser.get("/dashboard?lang=" + lang);
        HttpResponse<String> page = browser.page("/no/such/page");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains(noPage, "dir=\"ltr\">/no/such/page</code>");
        UUID organisation = UUID.randomUUID();
        HttpResponse<String> unknown = browser.get("/admin/organisations/" + organisation);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains(noOrganisation, organisation.toString());
    }

    @Test
    void aMachineAskingForAnUnknownAddressGetsAProblemDetail() {
        HttpResponse<String> problem = signedIn("analyst@telco.demo").get("/no/such/page");
        assertThat(problem.statusCode()).isEqualTo(404);
        assertThat(problem.body()).contains("\"detail\":\"Nothing is served at /no/such/page\"");
    }

    /** Each TLP level another organisation's people and anonymous visitors may not see (no recipients named): RED, AMBER+STRICT, AMBER. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"RED", "AMBER_STRICT", "AMBER"})
    void aHiddenObjectsPageIsThatOfAMissingOneButForTheId(Tlp tlp) {
        String hidden = publishedByTheBank(tlp);
        String missing = Stix.newIndicatorId();
        for (String viewer : new String[] {null, "analyst@telco.demo", "admin@telco.demo", "analyst@moit.demo"}) {
            Http browser = viewer == null ? new Http(port) : signedIn(viewer);
            for (String lang : new String[] {"en", "ur"}) {
                HttpResponse<String> forHidden = browser.get("/intel/objects/" + hidden + "?lang=" + lang);
                HttpResponse<String> forMissing = browser.get("/intel/objects/" + missing + "?lang=" + lang);
                assertThat(forHidden.statusCode()).isEqualTo(404);
                assertThat(forMissing.statusCode()).isEqualTo(404);
                assertThat(normalised(forHidden.body(), hidden)).isEqualTo(normalised(forMissing.body(), missing));
            }
        }
        assertThat(signedIn("analyst@bank.demo").get("/intel/objects/" + hidden).statusCode()).isEqualTo(200);
    }

    @Test
    void aHiddenObjectsProblemDetailIsThatOfAMissingOneButForTheId() {
        String hidden = publishedByTheBank(Tlp.AMBER_STRICT);
        String missing = Stix.newIndicatorId();
        Http api = new Http(port);
        for (String auth : new String[] {null, basic("analyst@telco.demo", PASSWORD)}) {
            HttpResponse<String> forHidden = api.json("GET", "/api/v1/intel/objects/" + hidden, auth, null);
            HttpResponse<String> forMissing = api.json("GET", "/api/v1/intel/objects/" + missing, auth, null);
            assertThat(forHidden.statusCode()).isEqualTo(404);
            assertThat(forHidden.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(forHidden.body()).contains("No object with id " + hidden);
            assertThat(forHidden.body().replace(hidden, "ID")).isEqualTo(forMissing.body().replace(missing, "ID"));
        }
        assertThat(api.json("GET", "/api/v1/intel/objects/" + hidden, basic("analyst@bank.demo", PASSWORD), null)
                .statusCode()).isEqualTo(200);
        HttpResponse<String> noEndpoint = api.json("GET", "/api/v1/no-such-thing", basic("analyst@telco.demo", PASSWORD), null);
        assertThat(noEndpoint.statusCode()).isEqualTo(404);
        assertThat(noEndpoint.body()).contains("\"status\":404", "/api/v1/no-such-thing");
    }

    private String publishedByTheBank(Tlp tlp) {
        String id = Stix.newIndicatorId();
        HttpResponse<String> imported = new Http(port).json("POST", "/api/v1/intel/bundles",
                basic("analyst@bank.demo", PASSWORD), Stix.bundle(Stix.indicator(id, Stix.CREATED, tlp)));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        return id;
    }

    /** The page with the id asked for and the per-request CSRF token taken out. */
    private static String normalised(String page, String id) {
        return page.replace(id, "ID").replaceAll("content=\"[^\"]*\"(>\\s*<meta name=\"htmx)", "content=\"CSRF\"$1")
                .replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "name=\"_csrf\" value=\"CSRF\"");
    }

    private Http signedIn(String email) {
        Http http = new Http(port);
        assertThat(http.signIn(email, PASSWORD).headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/dashboard"));
        return http;
    }
}
