package org.sipar.platform;

/**
 * Secrets that Sipar must read back, such as a webhook's signing key or a remote TAXII server's password, kept
 * encrypted at rest (AES-256-GCM). The key is {@code sipar.secret-key} (32 bytes, Base64), which every node of a
 * cluster must share; without it a single node makes one in {@code <data-dir>/secret.key}, readable by its owner
 * only. Passwords people sign in with are not secrets of this kind: they are hashed, never sealed.
 */
public interface Secrets {

    /** {@code plain} sealed: a text that only this platform's key opens, different each time. */
    String seal(String plain);

    /**
     * The text that {@code sealed} was made from.
     *
     * @throws IllegalStateException if it was sealed under another key or altered: it names neither the text nor the key
     */
    String open(String sealed);
}
