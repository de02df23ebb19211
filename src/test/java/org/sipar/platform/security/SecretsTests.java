package org.sipar.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sipar.platform.InvalidSetting;
import org.sipar.platform.SiparSettings;

/** Secrets sealed at rest open again under the same key only, and a single node's key file is its owner's alone. */
class SecretsTests {

    @TempDir
    Path dataDir;

    private SiparSettings settings() {
        return new SiparSettings(dataDir, false, null, null, null);
    }

    @Test
    void aSealedSecretOpensAgainAndDiffersEachTime() {
        AesGcmSecrets secrets = new AesGcmSecrets(settings(), "");
        String a = secrets.seal("whsec_42"), b = secrets.seal("whsec_42");
        assertThat(a).startsWith("v1:").doesNotContain("whsec_42").isNotEqualTo(b);
        assertThat(secrets.open(a)).isEqualTo("whsec_42");
        assertThat(new AesGcmSecrets(settings(), "").open(b)).as("the key file is read back on the next start").isEqualTo("whsec_42");
    }

    @Test
    void theKeyFileIsReadableByItsOwnerOnly() throws Exception {
        new AesGcmSecrets(settings(), "");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("secret.key")))).isEqualTo("rw-------");
    }

    @Test
    void anotherKeyOrAnAlteredTextDoesNotOpen() {
        String sealed = new AesGcmSecrets(settings(), "").seal("password");
        AesGcmSecrets other = new AesGcmSecrets(settings(), Base64.getEncoder().encodeToString(new byte[32]));
        assertThatThrownBy(() -> other.open(sealed)).isInstanceOf(IllegalStateException.class).hasMessageContaining("another key");
        String altered = sealed.substring(0, sealed.length() - 4) + (sealed.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThatThrownBy(() -> new AesGcmSecrets(settings(), "").open(altered)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aConfiguredKeyOfTheWrongLengthIsRefusedByName() {
        assertThatThrownBy(() -> new AesGcmSecrets(settings(), Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(InvalidSetting.class).hasMessageContaining("sipar.secret-key");
    }
}
