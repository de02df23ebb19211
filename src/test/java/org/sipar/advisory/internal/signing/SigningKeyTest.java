package org.sipar.advisory.internal.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cleartext signatures of texts that need RFC 4880's care: a line starting with a dash is escaped (and the
 * signature covers it unescaped), trailing white space is not signed, non-ASCII text is signed as UTF-8.
 */
class SigningKeyTest {

    static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
    static final KeyMaker.MadeKey MADE = KeyMaker.make("Test provider <csirt@test.example>", CREATED);
    static final String TEXT = "- not a header\n-----BEGIN PGP SIGNATURE-----\ntrailing   \nاردو متن\n";

    @Test
    void aTextWithDashesAndTrailingSpaceVerifies() throws Exception {
        String message = SigningKey.open(MADE.fingerprint(), MADE.secretArmored()).clearSigned(TEXT, CREATED.plusSeconds(60));
        assertThat(message).contains("\n- - not a header\n- -----BEGIN PGP SIGNATURE-----\n");
        assertThat(OpenPgpCheck.signedText(message)).isEqualTo("- not a header\n-----BEGIN PGP SIGNATURE-----\ntrailing\nاردو متن");
        assertThat(OpenPgpCheck.clearSignatureVerifies(message, MADE.publicArmored())).isTrue();
    }

    @Test
    void gpgVerifiesTheEscapedText(@TempDir Path dir) throws Exception {
        assumeTrue(OpenPgpCheck.gpgPresent(), "gpg is not on this machine: the cleartext signature is checked with BouncyCastle only");
        String message = SigningKey.open(MADE.fingerprint(), MADE.secretArmored()).clearSigned(TEXT, CREATED.plusSeconds(60));
        Path file = Files.writeString(dir.resolve("signed.txt"), message);
        OpenPgpCheck.Outcome outcome = OpenPgpCheck.gpgVerify(MADE.publicArmored(), file);
        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(outcome.output()).contains("Good signature", "Test provider <csirt@test.example>");
    }
}
