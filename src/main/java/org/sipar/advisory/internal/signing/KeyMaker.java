package org.sipar.advisory.internal.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyPacket;
import org.bouncycastle.bcpg.sig.Features;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPDigestCalculatorProviderBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPKeyPair;
import org.bouncycastle.util.encoders.Hex;

/**
 * Makes the provider's keys: an RSA 3072 primary key, OpenPGP version 4, that certifies and signs, with no expiry
 * (the hub administrator rotates it). RSA rather than Ed25519 because every verifier a CSAF consumer may use reads
 * it: GnuPG from 1.x on, Go's gopenpgp in the CSAF checker and aggregator, Sequoia, BouncyCastle, and the older
 * OpenPGP libraries that still know no EdDSA; 3072 bits is the size RFC 9580 and NIST give for use beyond 2030.
 * Signatures are SHA-512, which all of them verify.
 */
final class KeyMaker {

    static final int RSA_BITS = 3072;
    static final int HASH = HashAlgorithmTags.SHA512;

    private KeyMaker() {
    }

    /** A key pair, armored: the public key to publish and the secret key to seal. */
    record MadeKey(String fingerprint, String userId, String publicArmored, String secretArmored, Instant created) {
    }

    /** A new key for {@code userId}, created at {@code created} (whole seconds, as OpenPGP stores it). */
    static MadeKey make(String userId, Instant created) {
        try {
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
            rsa.initialize(RSA_BITS);
            Date at = Date.from(created);
            PGPKeyPair pair = new JcaPGPKeyPair(PublicKeyPacket.VERSION_4, PublicKeyAlgorithmTags.RSA_GENERAL,
                    rsa.generateKeyPair(), at);
            PGPKeyRingGenerator rings = new PGPKeyRingGenerator(PGPSignature.POSITIVE_CERTIFICATION, pair, userId,
                    new JcaPGPDigestCalculatorProviderBuilder().build().get(HashAlgorithmTags.SHA1),
                    selfSignature(at), null,
                    new JcaPGPContentSignerBuilder(PublicKeyAlgorithmTags.RSA_GENERAL, HASH), null);
            String fingerprint = Hex.toHexString(pair.getPublicKey().getFingerprint()).toUpperCase(java.util.Locale.ROOT);
            return new MadeKey(fingerprint, userId, armor(rings.generatePublicKeyRing().getEncoded()),
                    armor(rings.generateSecretKeyRing().getEncoded()), created);
        } catch (GeneralSecurityException | PGPException | IOException e) {
            throw new IllegalStateException("Could not make an RSA " + RSA_BITS + " OpenPGP key for " + userId, e);
        }
    }

    /** What the self-signature says: sign and certify only, SHA-512 then SHA-256 preferred, created at {@code at}. */
    private static org.bouncycastle.openpgp.PGPSignatureSubpacketVector selfSignature(Date at) {
        PGPSignatureSubpacketGenerator hashed = new PGPSignatureSubpacketGenerator();
        hashed.setSignatureCreationTime(false, at);
        hashed.setKeyFlags(false, KeyFlags.CERTIFY_OTHER | KeyFlags.SIGN_DATA);
        hashed.setPreferredHashAlgorithms(false, new int[]{HashAlgorithmTags.SHA512, HashAlgorithmTags.SHA256});
        hashed.setFeature(false, Features.FEATURE_MODIFICATION_DETECTION);
        return hashed.generate();
    }

    static String armor(byte[] encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ArmoredOutputStream out = ArmoredOutputStream.builder().clearHeaders().build(bytes)) {
            out.write(encoded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
