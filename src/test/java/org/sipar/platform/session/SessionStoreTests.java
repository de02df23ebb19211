package org.sipar.platform.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Web sessions live in PostgreSQL ({@code platform_sessions}), so that a restart or another node keeps people
 * signed in (SeveralNodesTests shows a session of one node working on another); expired ones are deleted by the
 * periodic work {@code platform.session-cleanup}.
 */
@DemoPlatform
class SessionStoreTests {

    static final String MEMBER = "member@cert.demo";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SessionCleanup cleanup;

    @Test
    void aSignedInPersonsSessionIsKeptInPostgresqlUntilItExpiresAndIsThenDeleted() {
        Http browser = new Http(port);
        browser.signIn(MEMBER, "sipar-demo");
        assertThat(browser.page("/dashboard").statusCode()).isEqualTo(200);
        assertThat(sessionsOf(MEMBER)).isPositive();

        jdbc.sql("update platform_sessions set expiry_time = 0, last_access_time = 0 where principal_name = ?").param(MEMBER).update();
        assertThat(browser.page("/dashboard").statusCode()).as("an expired session signs nobody in").isEqualTo(302);
        cleanup.run();
        assertThat(sessionsOf(MEMBER)).isZero();
        assertThat(cleanup.name()).isEqualTo("platform.session-cleanup");
    }

    private long sessionsOf(String email) {
        return jdbc.sql("select count(*) from platform_sessions where principal_name = ?").param(email)
                .query(Long.class).single();
    }

    @Test
    void theSessionHoldsNothingThatCannotBeReadBackBySpringSession() {
        Http browser = new Http(port);
        HttpResponse<String> signedIn = browser.signIn(MEMBER, "sipar-demo");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        // Every page reads the session back from the table: the dashboard (which keeps the last visit in it) twice.
        assertThat(browser.page("/dashboard").statusCode()).isEqualTo(200);
        assertThat(browser.page("/dashboard").statusCode()).isEqualTo(200);
    }
}
