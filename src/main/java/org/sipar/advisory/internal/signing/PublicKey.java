package org.sipar.advisory.internal.signing;

import java.time.Instant;
import java.util.Objects;

/**
 * One of the provider's OpenPGP public keys, as CSAF's provider metadata lists it ({@code public_openpgp_keys}).
 *
 * @param fingerprint the version 4 fingerprint: 40 hexadecimal digits, upper case
 * @param armored the ASCII-armored public key (what {@code /.well-known/csaf/openpgp/<fingerprint>.asc} serves)
 * @param userId the key's user id, such as {@code Sipar CSAF provider <csirt@cert.example>}
 * @param created when the key was made
 * @param retired when a rotation replaced it; null for the current key
 */
public record PublicKey(String fingerprint, String armored, String userId, Instant created, Instant retired) {

    public PublicKey {
        Objects.requireNonNull(fingerprint, "fingerprint");
        if (!fingerprint.matches("[0-9A-F]{40}")) {
            throw new IllegalArgumentException("Not an upper-case version 4 fingerprint: " + fingerprint);
        }
        Objects.requireNonNull(armored, "armored");
        Objects.requireNonNull(created, "created");
    }

    /** Whether this is the key that signs now. */
    public boolean current() {
        return retired == null;
    }
}
