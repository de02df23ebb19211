package org.sipar.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.identity.Accounts.PASSWORD;
import static org.sipar.support.Http.basic;
import static org.sipar.support.Http.bearer;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sign-in throttling: unknown addresses look like known ones, parallel guesses cannot outrun the lock. */
@DemoPlatform
class SignInThrottlingTests {

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
    void unknownAddressIsAnsweredExactlyLikeAKnownAccountUpToAndAfterTheLock() {
        String known = accounts.create("First National Bank", "MEMBER");
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@accounts.test";
        assertThat(formAnswers(known)).isEqualTo(formAnswers(unknown)).hasSize(6).allMatch(a -> a.endsWith("/login?error"));
        assertThat(accounts.attempts(known)).isEqualTo(accounts.attempts(unknown)).isEqualTo(6);
        assertThat(accounts.locked(known)).isTrue();
        assertThat(accounts.locked(unknown)).isTrue();
        String lockedKnown = new Http(port).json("GET", "/api/v1/me", basic(known, PASSWORD), null).body();
        String lockedUnknown = new Http(port).json("GET", "/api/v1/me", basic(unknown, PASSWORD), null).body();
        String fresh = new Http(port).json("GET", "/api/v1/me", basic("fresh-" + unknown, "x"), null).body();
        assertThat(detail(lockedKnown)).isEqualTo(detail(lockedUnknown)).isEqualTo(detail(fresh)).contains("Sign-in failed");
        // Only the audit trail tells the reasons apart, to the hub administrators who may read it.
        assertThat(accounts.audited("sign-in", known, "wrong password")).isEqualTo(5);
        assertThat(accounts.audited("sign-in", unknown, "unknown account")).isEqualTo(5);
        assertThat(accounts.audited("account.locked", known, null)).isEqualTo(accounts.audited("account.locked", unknown, null))
                .isEqualTo(1);
    }

    @Test
    void loginPageShowsTheSameNoticeForEveryFailure() {
        Http browser = new Http(port);
        String notice = browser.get("/login?error").body();
        assertThat(notice).contains("Sign-in failed").doesNotContain("is locked after");
        assertThat(browser.get("/login?locked").body()).doesNotContain("locked after repeated");
    }

    @Test
    void parallelGuessesCheckAtMostTheLockLimitOfPasswordsAndTheRightOneAfterwardsIsRefused() throws Exception {
        String email = accounts.create("First National Bank", "MEMBER");
        Http api = new Http(port);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
            for (int i = 0; i < 20; i++) {
                String guess = "wrong-guess-" + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return api.json("GET", "/api/v1/me", basic(email, guess), null).statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(401);
            }
        }
        assertThat(accounts.audited("sign-in", email, "wrong password")).as("passwords verified").isEqualTo(5);
        assertThat(accounts.audited("sign-in", email, "locked")).as("refused unverified").isEqualTo(15);
        assertThat(api.json("GET", "/api/v1/me", basic(email, PASSWORD), null).statusCode()).isEqualTo(401);
        Http browser = new Http(port);
        browser.signIn(email, PASSWORD);
        assertThat(browser.get("/dashboard").statusCode()).as("not signed in").isEqualTo(302);
        assertThat(accounts.audited("sign-in", email, "locked")).isEqualTo(17);
        assertThat(accounts.audited("account.locked", email, null)).isEqualTo(1);
    }

    @Test
    void apiTokenSignInDoesNotResetPasswordFailures() {
        String email = accounts.create("First National Bank", "MEMBER");
        String token = accounts.token(email);
        Http api = new Http(port);
        for (int i = 0; i < 3; i++) {
            api.json("GET", "/api/v1/me", basic(email, "wrong-" + i), null);
        }
        assertThat(api.json("GET", "/api/v1/me", bearer(token), null).statusCode()).isEqualTo(200);
        assertThat(api.json("GET", "/api/v1/me", basic(email, token), null).statusCode()).isEqualTo(200);
        assertThat(accounts.attempts(email)).isEqualTo(3);
        api.json("GET", "/api/v1/me", basic(email, "wrong-3"), null);
        api.json("GET", "/api/v1/me", basic(email, "wrong-4"), null);
        assertThat(accounts.locked(email)).isTrue();
        assertThat(api.json("GET", "/api/v1/me", bearer(token), null).statusCode()).isEqualTo(401);
    }

    @Test
    void changePasswordFormCountsWrongCurrentPasswordsAndLocks() {
        String email = accounts.create("First National Bank", "MEMBER");
        Http browser = new Http(port);
        browser.signIn(email, PASSWORD);
        browser.get("/account/password");
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = change(browser, "not-the-current-" + i);
            assertThat(wrong.statusCode()).isEqualTo(400);
            assertThat(wrong.body()).contains("is not your current password");
        }
        HttpResponse<String> locked = change(browser, PASSWORD);
        assertThat(locked.statusCode()).isEqualTo(400);
        assertThat(locked.body()).contains("is locked for a while");
        assertThat(accounts.attempts(email)).isEqualTo(6);
        assertThat(accounts.audited("password.change", email, "wrong current password")).isEqualTo(5);
        assertThat(accounts.audited("password.change", email, "locked")).isEqualTo(1);
        assertThat(accounts.audited("password.changed", email, null)).isZero();
    }

    private HttpResponse<String> change(Http browser, String current) {
        return browser.post("/account/password", Map.of("current", current,
                "password", "a-brand-new-passphrase", "confirmation", "a-brand-new-passphrase"));
    }

    /** The Location of each of six wrong form sign-ins. */
    private List<String> formAnswers(String email) {
        Http browser = new Http(port);
        List<String> locations = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            locations.add(browser.signIn(email, "wrong-password-" + i).headers().firstValue("Location").orElse(""));
        }
        return locations;
    }

    private static String detail(String problem) {
        return problem.replaceAll("(?s).*\"detail\":\"([^\"]*)\".*", "$1");
    }
}
