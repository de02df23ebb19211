package org.sipar.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.identity.Accounts.DEMO_PASSWORD;
import static org.sipar.identity.Accounts.HUB_ADMIN;
import static org.sipar.support.Http.basic;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bidirectional controls cannot disguise names: refused on input, isolated or shown on output. */
@DemoPlatform
class BidiNameTests {

    /** RIGHT-TO-LEFT OVERRIDE: "Bank of \u202Egro.evil" displays as "Bank of live.org". */
    static final String SPOOFED = "Bank of \u202Egro.evil";

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
    void bidiControlsInNamesAreRefusedNamingTheFieldAndTheCharacter() {
        Http api = new Http(port);
        HttpResponse<String> org = api.json("POST", "/api/v1/organisations", basic(HUB_ADMIN, DEMO_PASSWORD),
                "{\"name\":\"" + SPOOFED + "\",\"kind\":\"PRIVATE\"}");
        assertThat(org.statusCode()).isEqualTo(400);
        assertThat(org.body()).contains("\"field\":\"name\"", "U+202E");
        HttpResponse<String> group = api.json("POST", "/api/v1/sharing-groups", basic(HUB_ADMIN, DEMO_PASSWORD),
                "{\"name\":\"Banks\",\"description\":\"isolate \u2067me\u2069\"}");
        assertThat(group.statusCode()).isEqualTo(400);
        assertThat(group.body()).contains("\"field\":\"description\"", "U+2067");
        HttpResponse<String> person = api.json("POST", "/api/v1/people", basic(HUB_ADMIN, DEMO_PASSWORD),
                "{\"email\":\"bidi@bank.demo\",\"displayName\":\"Eve\u200F\",\"organisationId\":\""
                        + accounts.organisationId("First National Bank") + "\",\"roles\":[\"MEMBER\"]}");
        assertThat(person.statusCode()).isEqualTo(400);
        assertThat(person.body()).contains("\"field\":\"displayName\"", "U+200F");
        assertThat(jdbc.sql("select count(*) from organisations where name like 'Bank of %'").query(Long.class).single()).isZero();
    }

    @Test
    void bidiControlInAFormIsShownVisiblyInTheError() {
        Http browser = new Http(port);
        browser.signIn(HUB_ADMIN, DEMO_PASSWORD);
        browser.get("/admin/organisations/new");
        HttpResponse<String> refused = browser.post("/admin/organisations", Map.of("name", SPOOFED, "kind", "PRIVATE"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Bank of &lt;U+202E&gt;gro.evil").contains("U+202E, which can make text display");
    }

    @Test
    void storedNamesAreIsolatedAndTheirControlsShownVisiblyOnThePagesAndInTheAuditTrail() {
        String email = accounts.create("First National Bank", "MEMBER");
        jdbc.sql("update people set display_name = ? where email = ?").params(SPOOFED, email).update();
        Http browser = new Http(port);
        browser.signIn(HUB_ADMIN, DEMO_PASSWORD);
        // Isolated, so it cannot reorder the text around it, and its control written out, so it cannot spoof itself.
        String shown = "<bdi>Bank of &lt;U+202E&gt;gro.evil</bdi>";
        assertThat(browser.get("/admin/people").body()).contains(shown).doesNotContain(SPOOFED);
        assertThat(browser.get("/admin/people/" + accounts.personId(email)).body()).contains("<h1>" + shown + "</h1>");
        new Http(port).signIn("admin\u202E@cert.demo", "guess");
        assertThat(browser.get("/admin/audit?action=sign-in").body()).contains("admin&lt;U+202E&gt;@cert.demo")
                .doesNotContain("admin\u202E@cert.demo");
    }
}
