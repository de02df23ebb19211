package org.sipar.advisory.internal.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.jcajce.JcaPGPObjectFactory;
import org.bouncycastle.openpgp.operator.jcajce.JcaKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentVerifierBuilderProvider;
import org.springframework.util.FileSystemUtils;

/**
 * Verifies what the provider signed as a consumer would, without Sipar's code: with BouncyCastle, and with the
 * machine's {@code gpg} (a fresh home directory, the published key imported) when there is one.
 */
final class OpenPgpCheck {

    private OpenPgpCheck() {
    }

    static PGPPublicKey key(String armored) throws IOException {
        try (var in = PGPUtil.getDecoderStream(new ByteArrayInputStream(armored.getBytes(StandardCharsets.US_ASCII)))) {
            return new PGPPublicKeyRing(in, new JcaKeyFingerprintCalculator()).getPublicKey();
        }
    }

    static PGPSignature signature(String armored) throws IOException {
        try (var in = PGPUtil.getDecoderStream(new ByteArrayInputStream(armored.getBytes(StandardCharsets.US_ASCII)))) {
            return ((PGPSignatureList) new JcaPGPObjectFactory(in).nextObject()).get(0);
        }
    }

    static boolean verifies(byte[] content, String armoredSignature, String armoredKey) throws IOException, PGPException {
        PGPSignature signature = signature(armoredSignature);
        signature.init(new JcaPGPContentVerifierBuilderProvider(), key(armoredKey));
        signature.update(content);
        return signature.verify();
    }

    /** The text of a cleartext-signed message: its lines undone from dash-escaping, as RFC 4880 section 7 says. */
    static String signedText(String message) {
        String body = message.substring(message.indexOf("\n\n") + 2, message.lastIndexOf("\n-----BEGIN PGP SIGNATURE-----"));
        return String.join("\n", body.lines().map(l -> l.startsWith("- ") ? l.substring(2) : l).toList());
    }

    static boolean clearSignatureVerifies(String message, String armoredKey) throws IOException, PGPException {
        String canonical = String.join("\r\n", signedText(message).lines().map(String::stripTrailing).toList());
        String signature = message.substring(message.lastIndexOf("\n-----BEGIN PGP SIGNATURE-----") + 1);
        return signature(signature).getSignatureType() == PGPSignature.CANONICAL_TEXT_DOCUMENT
                && verifies(canonical.getBytes(StandardCharsets.UTF_8), signature, armoredKey);
    }

    static boolean gpgPresent() {
        try {
            return run(List.of("gpg", "--version"), null).exitCode == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** What {@code gpg --verify} says of {@code files} (a signature, then the data if detached) with only {@code key}. */
    static Outcome gpgVerify(String armoredKey, Path... files) throws IOException {
        Path home = Files.createTempDirectory("sipar-gpg");
        Files.setPosixFilePermissions(home, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        try {
            Outcome imported = run(List.of("gpg", "--batch", "--homedir", home.toString(), "--import"), armoredKey);
            if (imported.exitCode != 0) {
                return imported;
            }
            List<String> verify = new ArrayList<>(List.of("gpg", "--batch", "--homedir", home.toString(), "--verify"));
            for (Path file : files) {
                verify.add(file.toString());
            }
            return run(verify, null);
        } finally {
            // gpg starts an agent of the home directory on import: stop it, or every run leaves one behind
            run(List.of("gpgconf", "--homedir", home.toString(), "--kill", "all"), null);
            FileSystemUtils.deleteRecursively(home);
        }
    }

    record Outcome(int exitCode, String output) {
    }

    private static Outcome run(List<String> command, String input) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (var in = process.getOutputStream()) {
            if (input != null) {
                in.write(input.getBytes(StandardCharsets.US_ASCII));
            }
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Outcome(-1, output + " (gpg did not finish)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return new Outcome(process.exitValue(), output);
    }
}
