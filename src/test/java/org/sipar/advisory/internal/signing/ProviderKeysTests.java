package org.sipar.advisory.internal.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sipar.platform.Secrets;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The provider's key as a CSAF consumer meets it: a detached signature verifies with the key published under
 * {@code /.well-known/csaf/openpgp/}, with BouncyCastle and with gpg, and fails for altered content; the key is
 * RSA 3072 with an upper-case fingerprint; its secret half is only sealed in the table; one key is current, also
 * when two nodes find none at once.
 */
@DemoPlatform
class ProviderKeysTests {

    static final byte[] DOCUMENT = "{\"document\":{\"title\":\"Sipar test advisory\"}}\n".getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;

    @Autowired
    ProviderKeys keys;

    @Autowired
    SigningKeyTable table;

    @Autowired
    Secrets secrets;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDetachedSignatureVerifiesWithThePublishedKeyAndNotForAlteredContent() throws Exception {
        String signature = keys.signDetached(DOCUMENT);
        PublicKey current = keys.current();
        assertThat(signature).startsWith("-----BEGIN PGP SIGNATURE-----");
        String published = anonymousKey(current.fingerprint());
        assertThat(OpenPgpCheck.verifies(DOCUMENT, signature, published)).isTrue();
        byte[] altered = DOCUMENT.clone();
        altered[5] ^= 1;
        assertThat(OpenPgpCheck.verifies(altered, signature, published)).isFalse();
        assertThat(OpenPgpCheck.signature(signature).getHashAlgorithm()).isEqualTo(HashAlgorithmTags.SHA512);
    }

    @Test
    void gpgVerifiesADetachedSignatureWithThePublishedKey(@TempDir Path dir) throws Exception {
        assumeTrue(OpenPgpCheck.gpgPresent(), "gpg is not on this machine: the signature is checked with BouncyCastle only");
        Path document = Files.write(dir.resolve("advisory.json"), DOCUMENT);
        Path asc = Files.writeString(dir.resolve("advisory.json.asc"), keys.signDetached(DOCUMENT));
        String published = anonymousKey(keys.current().fingerprint());
        OpenPgpCheck.Outcome good = OpenPgpCheck.gpgVerify(published, asc, document);
        assertThat(good.exitCode()).as(good.output()).isZero();
        assertThat(good.output()).contains("Good signature", keys.current().userId());
        Files.write(document, "{\"document\":{\"title\":\"Altered\"}}\n".getBytes(StandardCharsets.UTF_8));
        OpenPgpCheck.Outcome bad = OpenPgpCheck.gpgVerify(published, asc, document);
        assertThat(bad.exitCode()).as(bad.output()).isNotZero();
        assertThat(bad.output()).contains("BAD signature");
    }

    @Test
    void theKeyIsRsa3072WithAnUpperCaseFingerprintAndTheContactInItsUserId() throws Exception {
        PublicKey current = keys.current();
        PGPPublicKey key = OpenPgpCheck.key(current.armored());
        assertThat(key.getAlgorithm()).isEqualTo(PublicKeyAlgorithmTags.RSA_GENERAL);
        assertThat(key.getBitStrength()).isEqualTo(3072);
        assertThat(key.getVersion()).isEqualTo(4);
        assertThat(current.fingerprint()).matches("[0-9A-F]{40}")
                .isEqualTo(org.bouncycastle.util.encoders.Hex.toHexString(key.getFingerprint()).toUpperCase());
        assertThat(current.userId()).isEqualTo("Sipar CSAF provider <csirt@cert.demo>");
        assertThat(keys.url(current)).isEqualTo("http://localhost:" + port + "/.well-known/csaf/openpgp/" + current.fingerprint() + ".asc");
        assertThat(keys.published()).first().isEqualTo(current);
    }

    @Test
    void theSecretKeyIsOnlySealedInTheTable() {
        String fingerprint = keys.current().fingerprint();
        String column = jdbc.sql("select secret_key_sealed from advisory_signing_keys where fingerprint = ?")
                .param(fingerprint).query(String.class).single();
        String plain = secrets.open(column);
        assertThat(plain).startsWith("-----BEGIN PGP PRIVATE KEY BLOCK-----");
        assertThat(column).doesNotContain("BEGIN PGP").doesNotContain(plain.lines().skip(2).findFirst().orElseThrow());
    }

    @Test
    void aSecondCurrentKeyIsNotTaken() {
        String before = keys.current().fingerprint();
        KeyMaker.MadeKey rival = KeyMaker.make("Rival node <rival@cert.demo>", Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(table.insertIfNoneCurrent(rival, secrets.seal(rival.secretArmored()))).isFalse();
        assertThat(keys.current().fingerprint()).isEqualTo(before);
        assertThat(table.find(rival.fingerprint())).isEmpty();
    }

    @Test
    void theFirstKeyWasMadeAtStartAndAudited() {
        List<PublicKey> published = keys.published();
        assertThat(published).filteredOn(PublicKey::current).hasSize(1);
        assertThat(jdbc.sql("select target from audit_log where action = 'advisory.signing.create' order by id")
                .query(String.class).list()).first().isEqualTo(published.getLast().fingerprint());
    }

    @Test
    void twoNodesFindingNoCurrentKeyAtOnceEndWithOne() throws Exception {
        jdbc.sql("update advisory_signing_keys set retired_at = now() where retired_at is null").update();
        CountDownLatch start = new CountDownLatch(1);
        Callable<String> node = () -> {
            start.await();
            return keys.current().fingerprint();
        };
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<String> a = nodes.submit(node);
            Future<String> b = nodes.submit(node);
            start.countDown();
            assertThat(a.get(2, TimeUnit.MINUTES)).isEqualTo(b.get(2, TimeUnit.MINUTES));
            assertThat(jdbc.sql("select count(*) from advisory_signing_keys where retired_at is null").query(Integer.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from audit_log where action = 'advisory.signing.create' and target = ?")
                    .param(a.get()).query(Integer.class).single()).isEqualTo(1);
        } finally {
            nodes.shutdownNow();
        }
    }

    @Test
    void anUnknownOrMalformedKeyIsNotFound() {
        Http anonymous = new Http(port);
        assertThat(anonymous.get("/.well-known/csaf/openpgp/" + "0".repeat(40) + ".asc").statusCode()).isEqualTo(404);
        assertThat(anonymous.get("/.well-known/csaf/openpgp/" + keys.current().fingerprint().toLowerCase() + ".asc").statusCode()).isEqualTo(404);
        assertThat(anonymous.get("/.well-known/csaf/openpgp/" + keys.current().fingerprint()).statusCode()).isEqualTo(404);
    }

    /** The key as anyone fetches it: anonymous, no redirect, the OpenPGP keys media type. */
    private String anonymousKey(String fingerprint) {
        HttpResponse<String> response = new Http(port).get("/.well-known/csaf/openpgp/" + fingerprint + ".asc");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pgp-keys"));
        assertThat(response.body()).startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----");
        return response.body();
    }
}
