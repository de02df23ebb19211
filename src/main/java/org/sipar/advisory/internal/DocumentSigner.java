package org.sipar.advisory.internal;

import java.util.List;

/**
 * Signs documents as the provider publishes them, and says which keys verify them: the OpenPGP detached signature,
 * ASCII-armored (the {@code .asc}), and the public keys published (the current one and those retired).
 */
interface DocumentSigner {

    String sign(byte[] document);

    List<PublishedKey> publicKeys();

    /** A public key as {@code provider-metadata.json} lists it: its fingerprint and where it is published. */
    record PublishedKey(String fingerprint, String url) {
    }
}
