package org.sipar.advisory.internal.signing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * The provider's {@code security.txt} (RFC 9116), cleartext-signed with the current key. It says how to report
 * (Contact), until when to trust it (Expires, {@link #VALID} after it was made: RFC 9116 wants less than a year),
 * the key (Encryption), the languages, where it lives (Canonical) and, as CSAF 2.0 section 7.1.8 asks, where the
 * provider metadata is (CSAF). The signed text is kept, and made again once a day (so Expires stays a month ahead)
 * or as soon as another key is current.
 */
@Component
class SecurityTxt {

    static final Duration VALID = Duration.ofDays(30);
    static final Duration REMAKE_AFTER = Duration.ofDays(1);

    private record Signed(String fingerprint, Instant made, String text) {
    }

    private final ProviderKeys keys;
    private final ProviderAddresses addresses;
    private final ProviderSettings settings;
    private final Clock clock;
    private final AtomicReference<Signed> kept = new AtomicReference<>();

    SecurityTxt(ProviderKeys keys, ProviderAddresses addresses, ProviderSettings settings, Clock clock) {
        this.keys = keys;
        this.addresses = addresses;
        this.settings = settings;
        this.clock = clock;
    }

    /** The signed text, made again first when it is a day old or signed by a key no longer current. */
    String signed() {
        PublicKey current = keys.current();
        Instant now = clock.instant();
        Signed signed = kept.get();
        if (signed == null || !signed.fingerprint().equals(current.fingerprint())
                || !now.isBefore(signed.made().plus(REMAKE_AFTER)) || now.isBefore(signed.made())) {
            signed = new Signed(current.fingerprint(), now, keys.clearSign(fields(current, now)));
            kept.set(signed);
        }
        return signed.text();
    }

    /** The fields, one a line, as RFC 9116 section 2.3 writes them. */
    String fields(PublicKey current, Instant now) {
        StringBuilder text = new StringBuilder();
        addresses.contacts().forEach(c -> line(text, "Contact", c));
        line(text, "Expires", now.plus(VALID).truncatedTo(ChronoUnit.SECONDS).toString());
        line(text, "Encryption", settings.encryption() != null ? settings.encryption() : keys.url(current));
        line(text, "Preferred-Languages", "en, ur");
        line(text, "Canonical", addresses.securityTxt());
        line(text, "CSAF", addresses.providerMetadata());
        if (settings.policy() != null) {
            line(text, "Policy", settings.policy());
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String field, String value) {
        text.append(field).append(": ").append(value).append('\n');
    }
}
