package org.sipar.advisory.internal.signing;

import org.sipar.platform.NotFound;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What anyone may fetch, without a redirect (CSAF's checker follows none): {@code security.txt} at its RFC 9116
 * place and, the same body, at the legacy {@code /security.txt}; and each published public key at
 * {@code /.well-known/csaf/openpgp/<FINGERPRINT>.asc}, where the provider metadata points. Without a public
 * address (outside demo mode, {@code sipar.public-base-url} unset) there is no security.txt: a 404.
 */
@RestController
class SigningWeb {

    static final String SECURITY_TXT = "/.well-known/security.txt";
    static final String KEYS = "/.well-known/csaf/openpgp/";
    static final MediaType TEXT = MediaType.parseMediaType("text/plain; charset=utf-8");
    static final MediaType PGP_KEYS = MediaType.parseMediaType("application/pgp-keys");

    private final SecurityTxt securityTxt;
    private final ProviderKeys keys;
    private final ProviderAddresses addresses;

    SigningWeb(SecurityTxt securityTxt, ProviderKeys keys, ProviderAddresses addresses) {
        this.securityTxt = securityTxt;
        this.keys = keys;
        this.addresses = addresses;
    }

    @GetMapping({SECURITY_TXT, "/security.txt"})
    ResponseEntity<String> securityTxt() {
        if (!addresses.known()) {
            // Its Canonical and CSAF fields must be absolute, and a request's Host header is the client's choice.
            throw new NotFound("security.txt", ProviderAddresses.BASE_SETTING + " unset");
        }
        return ResponseEntity.ok().contentType(TEXT).body(securityTxt.signed());
    }

    @GetMapping(KEYS + "{file}")
    ResponseEntity<String> publicKey(@PathVariable String file) {
        String fingerprint = file.endsWith(".asc") ? file.substring(0, file.length() - 4) : "";
        PublicKey key = fingerprint.matches("[0-9A-F]{40}") ? keys.published(fingerprint).orElse(null) : null;
        if (key == null) {
            throw new NotFound("OpenPGP key", file);
        }
        return ResponseEntity.ok().contentType(PGP_KEYS).body(key.armored());
    }
}
