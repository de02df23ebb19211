package org.sipar.advisory.internal.signing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.operator.jcajce.JcaKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcePBESecretKeyDecryptorBuilder;

/**
 * One opened secret key, able to sign: detached signatures of documents ({@code .asc} files) and cleartext
 * signatures of texts (RFC 4880 section 7, as {@code gpg --clearsign} makes them), SHA-512 both.
 */
final class SigningKey {

    private final String fingerprint;
    private final PGPSecretKey secret;
    private final PGPPrivateKey privateKey;

    private SigningKey(String fingerprint, PGPSecretKey secret, PGPPrivateKey privateKey) {
        this.fingerprint = fingerprint;
        this.secret = secret;
        this.privateKey = privateKey;
    }

    /** Opens the armored secret key ring (not protected by a passphrase: it is sealed at rest instead). */
    static SigningKey open(String fingerprint, String secretArmored) {
        try (var in = PGPUtil.getDecoderStream(new ByteArrayInputStream(secretArmored.getBytes(StandardCharsets.US_ASCII)))) {
            PGPSecretKey secret = new PGPSecretKeyRing(in, new JcaKeyFingerprintCalculator()).getSecretKey();
            PGPPrivateKey key = secret.extractPrivateKey(new JcePBESecretKeyDecryptorBuilder().build(new char[0]));
            return new SigningKey(fingerprint, secret, key);
        } catch (IOException | PGPException e) {
            throw new IllegalStateException("The secret key of " + fingerprint + " could not be read", e);
        }
    }

    String fingerprint() {
        return fingerprint;
    }

    /** The ASCII-armored detached signature of {@code content}, made at {@code at}. */
    String detached(byte[] content, Instant at) {
        PGPSignatureGenerator signer = signer(PGPSignature.BINARY_DOCUMENT, at);
        signer.update(content);
        return armored(signer);
    }

    /**
     * {@code text} cleartext-signed: the text (dash-escaped by BouncyCastle's armor), then its signature. As RFC 4880 section 7.1 says, the
     * signature covers the lines without trailing white space, joined by CR LF, without the last line's end.
     */
    String clearSigned(String text, Instant at) {
        List<String> lines = text.replace("\r\n", "\n").lines().map(String::stripTrailing).toList();
        PGPSignatureGenerator signer = signer(PGPSignature.CANONICAL_TEXT_DOCUMENT, at);
        signer.update(String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ArmoredOutputStream out = ArmoredOutputStream.builder().clearHeaders().build(bytes)) {
            out.beginClearText(KeyMaker.HASH);
            for (String line : lines) {
                out.write((line + "\n").getBytes(StandardCharsets.UTF_8)); // the armor dash-escapes clear text
            }
            out.endClearText();
            signer.generate().encode(out);
        } catch (IOException | PGPException e) {
            throw new IllegalStateException("Could not clear-sign with " + fingerprint, e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private PGPSignatureGenerator signer(int type, Instant at) {
        try {
            PGPSignatureGenerator signer = new PGPSignatureGenerator(
                    new JcaPGPContentSignerBuilder(PublicKeyAlgorithmTags.RSA_GENERAL, KeyMaker.HASH), secret.getPublicKey());
            PGPSignatureSubpacketGenerator hashed = new PGPSignatureSubpacketGenerator();
            hashed.setSignatureCreationTime(false, Date.from(at));
            hashed.setIssuerFingerprint(false, secret.getPublicKey());
            signer.setHashedSubpackets(hashed.generate());
            PGPSignatureSubpacketGenerator unhashed = new PGPSignatureSubpacketGenerator();
            unhashed.setIssuerKeyID(false, secret.getKeyID());
            signer.setUnhashedSubpackets(unhashed.generate());
            signer.init(type, privateKey);
            return signer;
        } catch (PGPException e) {
            throw new IllegalStateException("Could not start a signature with " + fingerprint, e);
        }
    }

    private String armored(PGPSignatureGenerator signer) {
        try {
            return KeyMaker.armor(signer.generate().getEncoded());
        } catch (IOException | PGPException e) {
            throw new IllegalStateException("Could not sign with " + fingerprint, e);
        }
    }
}
