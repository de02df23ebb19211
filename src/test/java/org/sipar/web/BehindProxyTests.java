package org.sipar.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sipar.SiparApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sipar behind a TLS-terminating proxy, as the README says to set it up: the session cookie is Secure once the
 * proxy says the request came over TLS, and the OpenAPI servers name the configured public address, not Host.
 * Its own instance (the settings differ from {@code @DemoPlatform}'s), kept small: no demo data.
 */
@SpringBootTest(classes = SiparApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"sipar.data-dir=target/test-data/proxy-${random.uuid}", "server.forward-headers-strategy=native",
                "sipar.public-base-url=https://sipar.example.org/", "sipar.bootstrap.admin-password=a-test-only-password"})
class BehindProxyTests {

    @LocalServerPort
    int port;

    @Test
    void sessionCookieIsSecureWhenTheProxySaysTls() {
        String response = RawHttp.send(port, "GET", "/login", "Host: sipar.example.org", "X-Forwarded-Proto: https");
        assertThat(response).containsPattern("Set-Cookie: JSESSIONID=[^\\r]*; Secure")
                .containsPattern("Set-Cookie: JSESSIONID=[^\\r]*SameSite=Lax");
    }

    @Test
    void sessionCookieIsNotSecureOverPlainHttp() {
        String response = RawHttp.send(port, "GET", "/login", "Host: localhost");
        assertThat(response).contains("Set-Cookie: JSESSIONID=").doesNotContain("Secure");
    }

    @Test
    void openApiServersNameThePublicBaseUrlWhateverTheHost() {
        String response = RawHttp.send(port, "GET", "/v3/api-docs", "Host: evil.example", "X-Forwarded-Host: evil.example",
                "Accept: application/json");
        assertThat(response).contains("\"servers\":[{\"url\":\"https://sipar.example.org\"").doesNotContain("evil.example");
    }
}
