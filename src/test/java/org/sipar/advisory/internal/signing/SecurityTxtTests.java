package org.sipar.advisory.internal.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /.well-known/security.txt} as a reporter or a CSAF checker reads it: anonymous, plain text in UTF-8, no
 * redirect, the same at the legacy {@code /security.txt}; its fields (RFC 9116 and CSAF's extension) present and
 * right; its cleartext signature made by the current key.
 */
@DemoPlatform
class SecurityTxtTests {

    @LocalServerPort
    int port;

    @Autowired
    ProviderKeys keys;

    @Test
    void itIsServedToAnyoneAsSignedPlainTextAtBothPlaces() {
        HttpResponse<String> wellKnown = new Http(port).get("/.well-known/security.txt");
        assertThat(wellKnown.statusCode()).isEqualTo(200);
        assertThat(wellKnown.headers().firstValue("Content-Type")).hasValue("text/plain;charset=utf-8");
        assertThat(wellKnown.body()).startsWith("-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\n")
                .contains("\n-----BEGIN PGP SIGNATURE-----\n").endsWith("-----END PGP SIGNATURE-----\n");
        HttpResponse<String> legacy = new Http(port).get("/security.txt");
        assertThat(legacy.statusCode()).as("no redirect: CSAF's checker follows none").isEqualTo(200);
        assertThat(legacy.body()).isEqualTo(wellKnown.body());
    }

    @Test
    void itsFieldsSayHowToReportUntilWhenAndWhereTheCsafProviderIs() {
        String base = "http://localhost:" + port;
        Map<String, List<String>> fields = fields(OpenPgpCheck.signedText(fetch()));
        assertThat(fields.get("Contact")).containsExactly("mailto:csirt@cert.demo");
        Instant expires = Instant.parse(fields.get("Expires").getFirst());
        assertThat(expires).isAfter(Instant.now()).isBefore(Instant.now().plus(Duration.ofDays(365)));
        assertThat(fields.get("Encryption")).containsExactly(keys.url(keys.current()));
        assertThat(fields.get("Preferred-Languages")).containsExactly("en, ur");
        assertThat(fields.get("Canonical")).containsExactly(base + "/.well-known/security.txt");
        assertThat(fields.get("CSAF")).containsExactly(base + "/.well-known/csaf/provider-metadata.json");
        assertThat(fields).doesNotContainKey("Policy");
    }

    @Test
    void itsCleartextSignatureVerifiesWithTheCurrentKey() throws Exception {
        String message = fetch();
        String key = keys.current().armored();
        assertThat(OpenPgpCheck.clearSignatureVerifies(message, key)).isTrue();
        String forged = message.replace("mailto:csirt@cert.demo", "mailto:csirt@evil.example");
        assertThat(OpenPgpCheck.clearSignatureVerifies(forged, key)).isFalse();
    }

    @Test
    void gpgVerifiesItsCleartextSignature(@TempDir Path dir) throws Exception {
        assumeTrue(OpenPgpCheck.gpgPresent(), "gpg is not on this machine: security.txt is checked with BouncyCastle only");
        Path file = Files.writeString(dir.resolve("security.txt"), fetch());
        OpenPgpCheck.Outcome outcome = OpenPgpCheck.gpgVerify(keys.current().armored(), file);
        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(outcome.output()).contains("Good signature");
    }

    private String fetch() {
        return new Http(port).get("/.well-known/security.txt").body();
    }

    /** The fields by name, in the order RFC 9116's parser meets them; comments and blank lines skipped. */
    static Map<String, List<String>> fields(String text) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(line -> {
            int colon = line.indexOf(": ");
            assertThat(colon).as("a field line: " + line).isPositive();
            fields.computeIfAbsent(line.substring(0, colon), f -> new java.util.ArrayList<>()).add(line.substring(colon + 2));
        });
        return fields;
    }
}
