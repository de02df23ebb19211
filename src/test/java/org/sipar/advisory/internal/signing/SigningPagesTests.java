package org.sipar.advisory.internal.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rotation at {@code /admin/signing}: a hub administrator confirms it and a new key signs, while the old one stays
 * published and what it signed still verifies; security.txt is signed again at once; the rotation is audited in
 * both languages; nobody else reaches the page or the rotation.
 */
@DemoPlatform
class SigningPagesTests {

    static final String PASSWORD = "sipar-demo";

    @LocalServerPort
    int port;

    @Autowired
    ProviderKeys keys;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aHubAdministratorRotatesAndTheOldKeyStillVerifiesWhatItSigned() throws Exception {
        byte[] document = "{\"csaf\":\"before rotation\"}".getBytes(StandardCharsets.UTF_8);
        PublicKey old = keys.current();
        String oldSignature = keys.signDetached(document);
        Http hub = signedIn("admin@cert.demo");
        assertThat(hub.get("/admin/signing").body()).contains(old.fingerprint(), "Signs now", "Rotate the key",
                "href=\"/admin/signing\"").doesNotContain("advisory.signing.");

        HttpResponse<String> rotated = hub.post("/admin/signing/rotate", Map.of("confirm", "yes"));
        assertThat(rotated.statusCode()).isEqualTo(302);
        assertThat(rotated.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin/signing?rotated"));
        PublicKey now = keys.current();
        assertThat(now.fingerprint()).isNotEqualTo(old.fingerprint());
        List<PublicKey> published = keys.published();
        assertThat(published.getFirst()).isEqualTo(now);
        assertThat(published).anySatisfy(k -> {
            assertThat(k.fingerprint()).isEqualTo(old.fingerprint());
            assertThat(k.retired()).isNotNull();
        });
        String oldKey = new Http(port).get("/.well-known/csaf/openpgp/" + old.fingerprint() + ".asc").body();
        assertThat(OpenPgpCheck.verifies(document, oldSignature, oldKey)).isTrue();
        assertThat(OpenPgpCheck.verifies(document, keys.signDetached(document), now.armored())).isTrue();
        assertThat(OpenPgpCheck.verifies(document, oldSignature, now.armored())).isFalse();
        String securityTxt = new Http(port).get("/.well-known/security.txt").body();
        assertThat(OpenPgpCheck.clearSignatureVerifies(securityTxt, now.armored())).isTrue();
        assertThat(securityTxt).contains(now.fingerprint() + ".asc");
        assertThat(hub.get("/admin/signing?rotated").body()).contains(old.fingerprint(), now.fingerprint(), "Retired");
        assertAudited(hub, old, now);
    }

    @Test
    void anUnconfirmedRotationChangesNothing() {
        String before = keys.current().fingerprint();
        Http hub = signedIn("admin@cert.demo");
        hub.get("/admin/signing");
        HttpResponse<String> refused = hub.post("/admin/signing/rotate", Map.of());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Tick the confirmation");
        assertThat(keys.current().fingerprint()).isEqualTo(before);
    }

    @Test
    void nobodyButAHubAdministratorReachesThePageOrTheRotation() {
        String before = keys.current().fingerprint();
        for (String who : List.of("admin@bank.demo", "analyst@cert.demo")) {
            Http other = signedIn(who);
            assertThat(other.get("/admin/signing").statusCode()).as(who).isEqualTo(403);
            other.get("/dashboard");
            assertThat(other.post("/admin/signing/rotate", Map.of("confirm", "yes")).statusCode()).as(who).isEqualTo(403);
        }
        assertThat(new Http(port).postRaw("/admin/signing/rotate", Map.of("confirm", "yes")).statusCode())
                .as("no CSRF token, no session").isIn(302, 403);
        assertThat(keys.current().fingerprint()).isEqualTo(before);
    }

    @Test
    void thePageSpeaksUrdu() {
        String page = signedIn("admin@cert.demo").get("/admin/signing?lang=ur").body();
        assertThat(page).contains("CSAF دستخطی کلیدیں", "کلید تبدیل کریں", keys.current().fingerprint())
                .doesNotContain("advisory.signing.");
    }

    private void assertAudited(Http hub, PublicKey old, PublicKey now) {
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'advisory.signing.rotate' and target = ?")
                .param(now.fingerprint()).query(Integer.class).single()).isEqualTo(1);
        assertThat(hub.get("/admin/audit?action=advisory.signing.").body()).contains("admin@cert.demo rotated the CSAF signing key: "
                + now.fingerprint() + " signs now, " + old.fingerprint() + " is retired");
        assertThat(hub.get("/admin/audit?action=advisory.signing.&lang=ur").body())
                .contains("نے CSAF دستخطی کلید تبدیل کی: اب " + now.fingerprint());
    }

    private Http signedIn(String email) {
        Http http = new Http(port);
        http.signIn(email, PASSWORD);
        return http;
    }
}
