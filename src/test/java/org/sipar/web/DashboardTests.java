package org.sipar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.sipar.support.DemoIntelligencePlatform;
import org.sipar.support.Http;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The dashboard's threat picture as rendered for demo logins, in English and Urdu, and the visit it remembers. */
@DemoIntelligencePlatform
class DashboardTests {

    @LocalServerPort
    int port;

    @Test
    void theCertAnalystSeesEveryLevelTheTechniquesAndTheImports() {
        String page = dashboard("analyst@cert.demo", "");
        assertThat(page).contains("New intelligence", "Intelligence you can see", "Most used techniques", "Recent imports",
                "TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP:RED", "href=\"/intel/objects/attack-pattern--",
                "Indus Kite targets payment switches (TLP:AMBER)", "First National Bank", "href=\"/intel?type=indicator\"");
        assertThat(page).as("figures are grouped for the locale").containsPattern("class=\"panel-figure\">\\d,\\d{3}<");
        assertThat(main(page)).as("nothing that exists is announced as coming").doesNotContain("Coming in the next releases",
                "Intelligence</strong>:");
        assertThat(techniqueRows(page)).isEqualTo(10);
    }

    @Test
    void anotherMemberSeesNeitherAmberNorRedNorOthersFileNames() {
        String page = dashboard("analyst@nic.demo", "");
        assertThat(page).contains("TLP:CLEAR", "TLP:GREEN", "National CERT").doesNotContain("TLP:AMBER", "TLP:RED",
                "(TLP:", "MITRE ATT&amp;CK ics");
    }

    @Test
    void inUrduTheDashboardSpeaksUrduAndKeepsCodeLeftToRight() {
        String page = dashboard("analyst@bank.demo", "?lang=ur");
        assertThat(page).contains("معلومات جو آپ دیکھ سکتے ہیں", "سب سے زیادہ استعمال ہونے والی تکنیکیں", "حالیہ درآمدات",
                "اشاریہ", "dir=\"ltr\">TLP:RED").doesNotContain("<bdi dir=\"ltr\">indicator</bdi>");
    }

    @Test
    void theSecondVisitSaysWhenTheFirstWasAndWhatIsNewSince() {
        assertThat(dashboard("analyst@telco.demo", "")).contains("Your first visit", "everything you can see is new");
        String again = dashboard("analyst@telco.demo", "");
        assertThat(again).contains("Last visit:", "Since your last visit on").doesNotContain("Your first visit");
    }

    @Test
    void nobodySignedInHasNoDashboard() {
        HttpResponse<String> response = new Http(port).get("/dashboard");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    private String dashboard(String login, String query) {
        Http http = new Http(port);
        http.signIn(login, "sipar-demo");
        HttpResponse<String> response = http.get("/dashboard" + query);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static String main(String page) {
        return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
    }

    private static int techniqueRows(String page) {
        int start = page.indexOf("data-panel=\"dashboard.intel.techniques\"");
        String panel = page.substring(start, page.indexOf("</section>", start));
        return panel.split("<li>", -1).length - 1;
    }
}
