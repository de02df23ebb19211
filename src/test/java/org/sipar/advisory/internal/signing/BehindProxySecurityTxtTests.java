package org.sipar.advisory.internal.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sipar.SiparApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * security.txt outside demo mode behind a proxy: its addresses start at {@code sipar.public-base-url}, whatever
 * Host the request names, and without {@code sipar.advisory.contact} it names the first hub administrator. The
 * same settings as {@code org.sipar.web.BehindProxyTests}, so the two share one instance.
 */
@SpringBootTest(classes = SiparApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"sipar.data-dir=target/test-data/proxy-${random.uuid}", "server.forward-headers-strategy=native",
                "sipar.public-base-url=https://sipar.example.org/", "sipar.bootstrap.admin-password=a-test-only-password"})
class BehindProxySecurityTxtTests {

    @LocalServerPort
    int port;

    @Test
    void itsAddressesStartAtThePublicBaseUrlWhateverTheHost() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/.well-known/security.txt"))
                .header("X-Forwarded-Host", "evil.example").GET().build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("evil.example");
        Map<String, List<String>> fields = SecurityTxtTests.fields(OpenPgpCheck.signedText(response.body()));
        assertThat(fields.get("Canonical")).containsExactly("https://sipar.example.org/.well-known/security.txt");
        assertThat(fields.get("CSAF")).containsExactly("https://sipar.example.org/.well-known/csaf/provider-metadata.json");
        assertThat(fields.get("Encryption").getFirst()).startsWith("https://sipar.example.org/.well-known/csaf/openpgp/").endsWith(".asc");
        assertThat(fields.get("Contact")).containsExactly("mailto:admin@cert.local");
    }
}
