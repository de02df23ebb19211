package org.sipar.advisory.internal;

import java.util.List;
import org.sipar.advisory.internal.signing.ProviderKeys;
import org.springframework.stereotype.Component;

/** Documents signed with the provider's current OpenPGP key; every key still published listed for the metadata. */
@Component
class ProviderSignatures implements DocumentSigner {

    private final ProviderKeys keys;

    ProviderSignatures(ProviderKeys keys) {
        this.keys = keys;
    }

    @Override
    public String sign(byte[] document) {
        return keys.signDetached(document);
    }

    @Override
    public List<PublishedKey> publicKeys() {
        return keys.published().stream().map(k -> new PublishedKey(k.fingerprint(), keys.url(k))).toList();
    }
}
