package org.sipar.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.identity.Accounts.PASSWORD;
import static org.sipar.support.Http.basic;

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

/** Hub administrators are managed by hub administrators only, and the last enabled one stays. */
@DemoPlatform
class HubAdministratorTests {

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
    void organisationAdministratorOfTheHubCannotDemoteDisableOrResetAHubAdministrator() {
        String hubAdmin = accounts.create("National CERT", "HUB_ADMIN");
        String orgAdmin = accounts.create("National CERT", "ORG_ADMIN");
        String hashBefore = hash(hubAdmin);
        Http browser = new Http(port);
        browser.signIn(orgAdmin, PASSWORD);
        String target = accounts.personId(hubAdmin);
        assertThat(browser.get("/admin/people/" + target).statusCode()).isEqualTo(200);
        for (Map<String, String> change : java.util.List.of(form(hubAdmin, "ANALYST", null, true),
                form(hubAdmin, "HUB_ADMIN", "an-attacker-chosen-password", true), form(hubAdmin, "HUB_ADMIN", null, false))) {
            HttpResponse<String> refused = browser.post("/admin/people/" + target, change);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
            assertThat(refused.body()).contains("Only hub administrators may change the account of " + hubAdmin);
        }
        assertThat(jdbc.sql("select 'HUB_ADMIN' = any(roles) and enabled from people where email = ?").param(hubAdmin)
                .query(Boolean.class).single()).isTrue();
        assertThat(hash(hubAdmin)).isEqualTo(hashBefore);
        assertThat(accounts.audited("person.updated", orgAdmin, "the target is a hub administrator and the actor is not"))
                .isEqualTo(3);
    }

    @Test
    void organisationAdministratorOfTheHubStillManagesItsOtherPeople() {
        String orgAdmin = accounts.create("National CERT", "ORG_ADMIN");
        String member = accounts.create("National CERT", "MEMBER");
        Http browser = new Http(port);
        browser.signIn(orgAdmin, PASSWORD);
        browser.get("/admin/people/" + accounts.personId(member));
        HttpResponse<String> saved = browser.post("/admin/people/" + accounts.personId(member), form(member, "ANALYST", null, true));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    }

    @Test
    void lastEnabledHubAdministratorCannotLoseTheRoleOrBeDisabled() {
        String first = accounts.create("National CERT", "HUB_ADMIN");
        String second = accounts.create("National CERT", "HUB_ADMIN");
        Http firstBrowser = signedIn(first);
        Http secondBrowser = signedIn(second);
        // Only these two remain enabled hub administrators while the test runs.
        jdbc.sql("update people set enabled = false where 'HUB_ADMIN' = any(roles) and email not in (?, ?)")
                .params(first, second).update();
        try {
            firstBrowser.get("/admin/people/" + accounts.personId(second));
            HttpResponse<String> demoted = firstBrowser.post("/admin/people/" + accounts.personId(second),
                    form(second, "ANALYST", null, true));
            assertThat(demoted.statusCode()).as(demoted.body()).isEqualTo(302);
            // The second's session follows the directory: no longer a hub administrator's.
            assertThat(secondBrowser.post("/admin/people/" + accounts.personId(first), form(first, "ANALYST", null, true))
                    .statusCode()).isEqualTo(403);
            // The first is now the last one, and cannot demote or disable themself.
            firstBrowser.get("/admin/people/" + accounts.personId(first));
            for (Map<String, String> change : java.util.List.of(form(first, "ANALYST", null, true),
                    form(first, "HUB_ADMIN", null, false))) {
                HttpResponse<String> refused = firstBrowser.post("/admin/people/" + accounts.personId(first), change);
                assertThat(refused.statusCode()).isEqualTo(400);
                assertThat(refused.body()).contains("is the last enabled hub administrator");
            }
        } finally {
            jdbc.sql("update people set enabled = true where email = ?").param(Accounts.HUB_ADMIN).update();
        }
        assertThat(new Http(port).json("GET", "/api/v1/me", basic(first, PASSWORD), null).body()).contains("HUB_ADMIN");
    }

    private Http signedIn(String email) {
        Http browser = new Http(port);
        browser.signIn(email, PASSWORD);
        assertThat(browser.get("/dashboard").statusCode()).isEqualTo(200);
        return browser;
    }

    private String hash(String email) {
        return jdbc.sql("select password_hash from people where email = ?").param(email).query(String.class).single();
    }

    private static Map<String, String> form(String email, String role, String password, boolean enabled) {
        Map<String, String> form = new HashMap<>(Map.of("email", email, "displayName", "Account Test", "roles", role,
                "password", password == null ? "" : password));
        if (enabled) {
            form.put("enabled", "true");
        }
        return form;
    }
}
