package org.sipar.detect.internal.retro;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.sipar.detect.internal.engine.Key;

/**
 * That {@code organisation}'s telemetry carried, on {@code day}, a value the key {@code indicator} names:
 * {@code observed} is that value when it is kept (the address inside a range), else the key itself (an exact value,
 * or a domain tree, of which only the fingerprints are kept).
 *
 * <p>Values are kept as 64-bit fingerprints, so a hit is right but for a chance of about {@code n / 2^64} per key
 * looked up against {@code n} stored values (5e-13 at 10 million; 5e-8 for 100,000 keys against them).
 */
public record Seen(Key indicator, UUID organisation, LocalDate day, Key observed) {

    public Seen {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(observed, "observed");
    }
}
