package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Only those who may publish are offered the import: a member sees no import button and is refused the form. */
@DemoPlatform
class ImportOfferTests {

    static final String PASSWORD = "sipar-demo";
    static final String IMPORT_BUTTON = "href=\"/intel/import\"";

    @LocalServerPort
    int port;

    @Test
    void aMemberIsNotOfferedTheImport() {
        Http member = signedIn("member@bank.demo");
        assertThat(member.get("/intel").body()).doesNotContain(IMPORT_BUTTON);
        assertThat(member.get("/intel/import").statusCode()).isEqualTo(403);
    }

    @Test
    void anAnalystIsOfferedTheImport() {
        Http analyst = signedIn("analyst@bank.demo");
        assertThat(analyst.get("/intel").body()).contains(IMPORT_BUTTON);
        assertThat(analyst.get("/intel/import").statusCode()).isEqualTo(200);
    }

    @Test
    void anonymousVisitorsAreNotOfferedTheImport() {
        assertThat(new Http(port).get("/intel").body()).doesNotContain(IMPORT_BUTTON);
    }

    private Http signedIn(String email) {
        Http http = new Http(port);
        http.signIn(email, PASSWORD);
        return http;
    }
}
