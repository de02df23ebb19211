package org.sipar.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.identity.Accounts.PASSWORD;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A web session follows the directory: a disabled person is signed out at once, changed roles apply at once. */
@DemoPlatform
class SessionFollowsDirectoryTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Accounts accounts;

    @BeforeEach
    void setUp() {
        accounts = new Accounts(port, jdbc);
    }

    @Test
    void disablingAPersonEndsTheirSessionAtTheirNextRequest() {
        String admin = accounts.create("National CERT", "HUB_ADMIN");
        String analyst = accounts.create("National CERT", "ANALYST");
        Http analystBrowser = signedIn(analyst);
        assertThat(analystBrowser.get("/dashboard").statusCode()).isEqualTo(200);

        change(signedIn(admin), analyst, "ANALYST", false);

        HttpResponse<String> after = analystBrowser.get("/dashboard");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(accounts.audited("session.ended", analyst, "person disabled")).isEqualTo(1);
    }

    @Test
    void aDemotedAdministratorLosesTheAdministrationAtOnceButStaysSignedIn() {
        String admin = accounts.create("National CERT", "HUB_ADMIN");
        String orgAdmin = accounts.create("National CERT", "ORG_ADMIN");
        Http orgAdminBrowser = signedIn(orgAdmin);
        assertThat(orgAdminBrowser.get("/admin/people").statusCode()).isEqualTo(200);

        change(signedIn(admin), orgAdmin, "MEMBER", true);

        assertThat(orgAdminBrowser.get("/admin/people").statusCode()).isEqualTo(403);
        assertThat(orgAdminBrowser.get("/dashboard").statusCode()).isEqualTo(200);
        assertThat(accounts.audited("session.ended", orgAdmin, "person disabled")).isZero();
    }

    @Test
    void theSameSessionSeesRolesGivenWhileSignedIn() {
        String admin = accounts.create("National CERT", "HUB_ADMIN");
        String member = accounts.create("National CERT", "MEMBER");
        Http memberBrowser = signedIn(member);
        assertThat(memberBrowser.get("/admin/people").statusCode()).isEqualTo(403);

        change(signedIn(admin), member, "ORG_ADMIN", true);

        assertThat(memberBrowser.get("/admin/people").statusCode()).isEqualTo(200);
        assertThat(memberBrowser.get("/admin/people").statusCode()).as("the refreshed context is kept").isEqualTo(200);
    }

    private Http signedIn(String email) {
        Http browser = new Http(port);
        browser.signIn(email, PASSWORD);
        return browser;
    }

    private void change(Http adminBrowser, String email, String role, boolean enabled) {
        String id = accounts.personId(email);
        adminBrowser.get("/admin/people/" + id);
        Map<String, String> form = new HashMap<>(Map.of("email", email, "displayName", "Account Test", "roles", role,
                "password", ""));
        if (enabled) {
            form.put("enabled", "true");
        }
        HttpResponse<String> saved = adminBrowser.post("/admin/people/" + id, form);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    }
}
