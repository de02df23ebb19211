package org.sipar.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.support.Http.basic;
import static org.sipar.support.Http.bearer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Metrics are for hub administrators (a scraper uses one's API token); health stays open for probes. */
@DemoPlatform
class PrometheusAccessTests {

    static final String PASSWORD = "sipar-demo";

    @LocalServerPort
    int port;

    @Test
    void anonymousScrapeIsRefusedWith401() throws Exception {
        HttpResponse<String> response = scrape(null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("jvm_");
    }

    @Test
    void otherRolesAreRefusedWith403() throws Exception {
        assertThat(scrape(basic("analyst@cert.demo", PASSWORD)).statusCode()).isEqualTo(403);
        assertThat(scrape(basic("admin@bank.demo", PASSWORD)).statusCode()).isEqualTo(403);
    }

    @Test
    void hubAdministratorScrapesWithPasswordOrToken() throws Exception {
        Http api = new Http(port);
        HttpResponse<String> withPassword = scrape(basic("admin@cert.demo", PASSWORD));
        assertThat(withPassword.statusCode()).isEqualTo(200);
        assertThat(withPassword.body()).contains("jvm_");
        HttpResponse<String> created = api.json("POST", "/api/v1/tokens", basic("admin@cert.demo", PASSWORD),
                "{\"name\":\"prometheus scraper\"}");
        Matcher token = Pattern.compile("\"token\":\"(sipar_[A-Za-z0-9_-]+)\"").matcher(created.body());
        assertThat(token.find()).as(created.body()).isTrue();
        assertThat(scrape(bearer(token.group(1))).statusCode()).isEqualTo(200);
    }

    /** GETs the metrics as a Prometheus server does, in its text format. */
    private HttpResponse<String> scrape(String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
                .header("Accept", "text/plain");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void healthStaysOpenWithItsDetailsForSignedInHubAdministratorsOnly() {
        HttpResponse<String> anonymous = new Http(port).json("GET", "/actuator/health", null, null);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).contains("\"status\":\"UP\"").doesNotContain("components", "db");
        Http member = new Http(port);
        member.signIn("analyst@bank.demo", PASSWORD);
        assertThat(member.get("/actuator/health").body()).doesNotContain("components");
        Http signedIn = new Http(port);
        signedIn.signIn("admin@cert.demo", PASSWORD);
        HttpResponse<String> operator = signedIn.get("/actuator/health");
        assertThat(operator.statusCode()).isEqualTo(200);
        assertThat(operator.body()).contains("\"components\"", "\"db\"");
    }
}
