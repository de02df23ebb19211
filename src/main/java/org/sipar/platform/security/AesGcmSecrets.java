package org.sipar.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.sipar.platform.InvalidSetting;
import org.sipar.platform.Secrets;
import org.sipar.platform.SiparSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** {@link Secrets} with AES-256-GCM: {@code v1:} and the Base64 of a random 12-byte nonce, the ciphertext and its tag. */
@Component
class AesGcmSecrets implements Secrets {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    AesGcmSecrets(SiparSettings settings, @Value("${sipar.secret-key:}") String configured) {
        this.key = new SecretKeySpec(configured.isBlank() ? keyFile(settings.dataDir().resolve("secret.key"))
                : decoded(configured), "AES");
    }

    @Override
    public String seal(String plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce, plain.getBytes(StandardCharsets.UTF_8));
        byte[] out = new byte[NONCE_BYTES + sealed.length];
        System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
        System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
        return PREFIX + Base64.getEncoder().encodeToString(out);
    }

    @Override
    public String open(String sealed) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw new IllegalStateException("Not a sealed secret (it does not start with " + PREFIX + ")");
        }
        byte[] in = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
        byte[] nonce = java.util.Arrays.copyOf(in, NONCE_BYTES);
        byte[] text = java.util.Arrays.copyOfRange(in, NONCE_BYTES, in.length);
        return new String(cipher(Cipher.DECRYPT_MODE, nonce, text), StandardCharsets.UTF_8);
    }

    private byte[] cipher(int mode, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(128, nonce));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The secret could not be " + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened")
                    + ": sealed under another key (sipar.secret-key) or altered");
        }
    }

    private static byte[] decoded(String configured) {
        try {
            byte[] key = Base64.getDecoder().decode(configured.strip());
            if (key.length == 32) {
                return key;
            }
        } catch (IllegalArgumentException notBase64) {
            // reported below, like a key of the wrong length
        }
        throw new InvalidSetting("sipar.secret-key", "(hidden)", "32 random bytes in Base64, such as `openssl rand -base64 32` prints");
    }

    /** The single node's own key, made on its first start; several nodes must share sipar.secret-key instead. */
    private byte[] keyFile(Path file) {
        try {
            if (Files.exists(file)) {
                return decoded(Files.readString(file));
            }
            Files.createDirectories(file.getParent());
            byte[] key = new byte[32];
            random.nextBytes(key);
            Path made = Files.createFile(file);
            try {
                Files.setPosixFilePermissions(made, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // a file system without POSIX permissions keeps the data directory's own protection
            }
            Files.writeString(made, Base64.getEncoder().encodeToString(key));
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or make the secret key " + file, e);
        }
    }
}
