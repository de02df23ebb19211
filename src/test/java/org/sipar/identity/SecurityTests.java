package org.sipar.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.Http.basic;
import static org.sipar.support.Http.bearer;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@DemoPlatform
class SecurityTests {

    static final String ADMIN = "admin@cert.demo";
    static final String PASSWORD = "sipar-demo";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void formSignInWithoutCsrfTokenIsRefused() {
        Http browser = new Http(port);
        browser.get("/login");
        HttpResponse<String> response = browser.postRaw("/login", Map.of("username", ADMIN, "password", PASSWORD));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(browser.get("/dashboard").statusCode()).isEqualTo(302);
    }

    @Test
    void changeWithoutCsrfTokenIsRefusedAndSavesNothing() {
        Http browser = new Http(port);
        assertThat(browser.signIn(ADMIN, PASSWORD).headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/dashboard"));
        HttpResponse<String> response = browser.postRaw("/admin/organisations",
                Map.of("name", "Forged Org", "kind", "PRIVATE"));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(count("select count(*) from organisations where name = 'Forged Org'")).isZero();
    }

    @Test
    void signInWithCsrfTokenSucceedsAndSignOutEndsTheSession() {
        Http browser = new Http(port);
        browser.signIn(ADMIN, PASSWORD);
        assertThat(browser.get("/dashboard").statusCode()).isEqualTo(200);
        browser.post("/logout", Map.of());
        assertThat(browser.get("/dashboard").statusCode()).isEqualTo(302);
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
        String email = newPerson("lockme");
        Http api = new Http(port);
        HttpResponse<String> created = api.json("POST", "/api/v1/tokens", basic(email, "correct-horse-battery"),
                "{\"name\":\"lockme\"}");
        Matcher m = Pattern.compile("\"token\":\"(sipar_[A-Za-z0-9_-]+)\"").matcher(created.body());
        assertThat(m.find()).as(created.body()).isTrue();
        String token = m.group(1);
        assertThat(api.json("GET", "/api/v1/me", bearer(token), null).statusCode()).isEqualTo(200);
        Http browser = new Http(port);
        for (int i = 0; i < 5; i++) {
            assertThat(browser.signIn(email, "wrong-password-" + i).headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        }
        // Locked reads like any other failure (no user enumeration); the audit trail tells why.
        HttpResponse<String> locked = browser.signIn(email, "correct-horse-battery");
        assertThat(locked.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(count("select count(*) from audit_log where action = 'sign-in' and actor = '" + email
                + "' and details->>'reason' = 'locked'")).isEqualTo(1);
        assertThat(new Http(port).json("GET", "/api/v1/me", basic(email, "correct-horse-battery"), null).statusCode())
                .isEqualTo(401);
        // The token was accepted a moment ago and is remembered, but a lock takes effect at once.
        assertThat(api.json("GET", "/api/v1/me", bearer(token), null).statusCode()).isEqualTo(401);
        assertThat(count("select count(*) from audit_log where action = 'account.locked' and actor = '" + email + "'"))
                .isEqualTo(1);
    }

    @Test
    void personChangesOwnPasswordOnlyWithTheCurrentOne() {
        String email = newPerson("changer");
        Http browser = new Http(port);
        browser.signIn(email, "correct-horse-battery");
        browser.get("/account/password");
        HttpResponse<String> wrong = browser.post("/account/password", Map.of("current", "guess-guess-guess",
                "password", "a-brand-new-passphrase", "confirmation", "a-brand-new-passphrase"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("is not your current password");
        HttpResponse<String> changed = browser.post("/account/password", Map.of("current", "correct-horse-battery",
                "password", "a-brand-new-passphrase", "confirmation", "a-brand-new-passphrase"));
        assertThat(changed.statusCode()).isEqualTo(200);
        Http api = new Http(port);
        assertThat(api.json("GET", "/api/v1/me", basic(email, "a-brand-new-passphrase"), null).statusCode()).isEqualTo(200);
        assertThat(api.json("GET", "/api/v1/me", basic(email, "correct-horse-battery"), null).statusCode()).isEqualTo(401);
        assertThat(count("select count(*) from audit_log where action = 'password.changed' and actor = '" + email + "'"))
                .isEqualTo(1);
    }

    @Test
    void basicAuthWithPasswordWorksAndWrongPasswordGets401WithChallenge() {
        Http api = new Http(port);
        assertThat(api.json("GET", "/api/v1/me", basic(ADMIN, PASSWORD), null).body()).contains("\"email\":\"admin@cert.demo\"");
        HttpResponse<String> denied = api.json("GET", "/api/v1/me", basic("analyst@cert.demo", "nope"), null);
        assertThat(denied.statusCode()).isEqualTo(401);
        assertThat(denied.headers().allValues("WWW-Authenticate")).anyMatch(v -> v.startsWith("Basic realm=\"Sipar\""));
        assertThat(api.json("GET", "/api/v1/me", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void tokenWorksAsBearerAndAsBasicPasswordUntilRevoked() {
        Http api = new Http(port);
        String token = createToken(api, "analyst@telco.demo", "siem", null);
        assertThat(token).startsWith("sipar_");
        assertThat(api.json("GET", "/api/v1/me", bearer(token), null).body()).contains("analyst@telco.demo");
        assertThat(api.json("GET", "/api/v1/me", basic("analyst@telco.demo", token), null).statusCode()).isEqualTo(200);
        assertThat(api.json("GET", "/api/v1/me", basic("admin@telco.demo", token), null).statusCode()).isEqualTo(401);

        String id = jdbc.sql("select id::text from api_tokens where name = 'siem'").query(String.class).single();
        assertThat(api.json("DELETE", "/api/v1/tokens/" + id, basic("analyst@telco.demo", PASSWORD), null).statusCode())
                .isEqualTo(204);
        assertThat(api.json("GET", "/api/v1/me", bearer(token), null).statusCode()).isEqualTo(401);
        assertThat(api.json("GET", "/api/v1/me", basic("analyst@telco.demo", token), null).statusCode()).isEqualTo(401);
    }

    @Test
    void expiredTokenIsRefused() throws InterruptedException {
        Http api = new Http(port);
        String token = createToken(api, "analyst@moit.demo", "expired", Instant.now().plus(Duration.ofDays(30)).toString());
        jdbc.sql("update api_tokens set expires_at = now() - interval '1 second' where name = 'expired'").update();
        assertThat(api.json("GET", "/api/v1/me", bearer(token), null).statusCode()).isEqualTo(401);

        // A token accepted a moment ago is remembered, but never beyond its expiry.
        Instant expires = Instant.now().plusSeconds(3);
        String shortLived = createToken(api, "analyst@moit.demo", "short-lived", expires.toString());
        assertThat(api.json("GET", "/api/v1/me", bearer(shortLived), null).statusCode()).isEqualTo(200);
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), expires).toMillis()) + 100);
        assertThat(api.json("GET", "/api/v1/me", bearer(shortLived), null).statusCode()).isEqualTo(401);
    }

    @Test
    void unknownTokenIsRefusedAndTokensAreStoredOnlyAsHashes() {
        Http api = new Http(port);
        String token = createToken(api, "analyst@nic.demo", "hash-check", null);
        assertThat(api.json("GET", "/api/v1/me", bearer("sipar_not-a-real-token"), null).statusCode()).isEqualTo(401);
        String stored = jdbc.sql("select encode(token_hash, 'escape') || hint from api_tokens where name = 'hash-check'")
                .query(String.class).single();
        assertThat(stored).doesNotContain(token.substring(10));
    }

    @Test
    void passwordsAreHashedWithArgon2() {
        String hash = jdbc.sql("select password_hash from people where email = ?").param(ADMIN).query(String.class).single();
        assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain(PASSWORD);
    }

    private String createToken(Http api, String email, String name, String expiresAt) {
        String body = "{\"name\":\"" + name + "\"" + (expiresAt == null ? "" : ",\"expiresAt\":\"" + expiresAt + "\"") + "}";
        HttpResponse<String> created = api.json("POST", "/api/v1/tokens", basic(email, PASSWORD), body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher m = Pattern.compile("\"token\":\"(sipar_[A-Za-z0-9_-]+)\"").matcher(created.body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private String newPerson(String local) {
        String email = local + "@bank.demo";
        String org = jdbc.sql("select id::text from organisations where name = 'First National Bank'").query(String.class).single();
        HttpResponse<String> created = new Http(port).json("POST", "/api/v1/people", basic(ADMIN, PASSWORD),
                "{\"email\":\"" + email + "\",\"displayName\":\"Lock Test\",\"organisationId\":\"" + org
                        + "\",\"roles\":[\"MEMBER\"],\"password\":\"correct-horse-battery\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return email;
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
