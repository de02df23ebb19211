package org.sipar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The session cookie is SameSite=Lax and HttpOnly; over plain HTTP it cannot be Secure. */
@DemoPlatform
class SessionCookieTests {

    @LocalServerPort
    int port;

    @Test
    void sessionCookieIsSameSiteLaxAndHttpOnly() {
        Http browser = new Http(port);
        browser.get("/login");
        HttpResponse<String> signedIn = browser.post("/login", java.util.Map.of("username", "analyst@cert.demo",
                "password", "sipar-demo"));
        List<String> cookies = signedIn.headers().allValues("Set-Cookie");
        assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID=")).isNotEmpty()
                .allSatisfy(c -> assertThat(c).contains("SameSite=Lax").contains("HttpOnly").doesNotContain("Secure"));
    }
}
