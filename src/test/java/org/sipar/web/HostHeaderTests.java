package org.sipar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A Host header the client chose is never reflected into redirects or the OpenAPI description. */
@DemoPlatform
class HostHeaderTests {

    static final String EVIL = "Host: evil.example";

    @LocalServerPort
    int port;

    @Test
    void signInRedirectOfAProtectedPageIsRelative() {
        String response = RawHttp.send(port, "GET", "/dashboard", EVIL);
        assertThat(response).startsWith("HTTP/1.1 302").containsIgnoringCase("\r\nLocation: /login\r\n")
                .doesNotContain("evil.example");
    }

    @Test
    void failedSignInRedirectIsRelative() {
        String page = RawHttp.send(port, "GET", "/login", EVIL);
        Matcher cookie = Pattern.compile("Set-Cookie: (JSESSIONID=[^;]+)").matcher(page);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(cookie.find() && csrf.find()).as(page).isTrue();
        String form = "username=nobody%40evil.example&password=x&_csrf=" + csrf.group(1).replace("&#45;", "-");
        String response = RawHttp.sendForm(port, "/login", form, EVIL, "Cookie: " + cookie.group(1));
        assertThat(response).startsWith("HTTP/1.1 302").containsIgnoringCase("\r\nLocation: /login?error\r\n");
        assertThat(response.substring(0, response.indexOf("\r\n\r\n"))).doesNotContain("evil.example");
    }

    @Test
    void openApiServersDoNotNameTheRequestedHost() {
        String response = RawHttp.send(port, "GET", "/v3/api-docs", EVIL, "Accept: application/json");
        assertThat(response).startsWith("HTTP/1.1 200").doesNotContain("evil.example")
                .contains("\"servers\":[{\"url\":\"/\"");
    }
}
