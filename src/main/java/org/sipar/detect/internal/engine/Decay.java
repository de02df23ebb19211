package org.sipar.detect.internal.engine;

import org.sipar.detect.internal.engine.Key.Kind;
import org.sipar.detect.internal.lifecycle.CanonicalValues;
import org.sipar.detect.internal.lifecycle.ValueKind;

/** Which decay model a matched key's kind follows, and the confidence of an indicator that states none. */
final class Decay {

    /**
     * STIX leaves an indicator without {@code confidence} unrated; it is scored as a middling 50 (the scale's
     * "moderate"), so that it decays like the others rather than matching for ever or never.
     */
    static final int UNSTATED_CONFIDENCE = 50;

    private Decay() {
    }

    static ValueKind kind(Key key) {
        return switch (key.kind()) {
            case IPV4 -> ValueKind.IPV4;
            case IPV6 -> ValueKind.IPV6;
            case CIDR -> ValueKind.CIDR;
            case DOMAIN, DOMAIN_TREE -> ValueKind.DOMAIN_NAME;
            case URL -> ValueKind.URL;
            case EMAIL -> ValueKind.EMAIL;
            case HASH -> CanonicalValues.hashKind(key.value().substring(0, Math.max(0, key.value().indexOf(':'))))
                    .orElse(ValueKind.SHA_256);
            case PROPERTY -> ValueKind.SHA_256; // other properties (mutex names, registry keys) age like file hashes
        };
    }
}
