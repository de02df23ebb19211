package org.sipar.detect.internal.lifecycle;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The decay model's settings: a half-life per kind of value and the score (0 to 100, as STIX confidence) below
 * which an indicator stops matching.
 *
 * <p>The defaults, and why: IPv4 and IPv6 addresses 14 days, because addresses are reassigned within days to weeks
 * (cloud instances, residential proxies, DHCP) and a C2 address rarely outlives a campaign's first weeks; CIDR
 * ranges 30 days, since ranges (a bulletproof host's block) are held longer than single addresses; URLs 14 days,
 * since phishing and malware-delivery URLs are taken down within days, though some persist on neglected servers;
 * domain names 60 days, since a domain is paid for, usually for a year, and reused across a campaign until it is
 * sinkholed or burnt; e-mail addresses 90 days, since sender mailboxes are reused by campaigns over months; file
 * hashes 365 days, since a hash always names the same file and only the file's relevance fades as the malware is
 * superseded. Threshold 20: an indicator stated with confidence 80 stops matching after two half-lives.
 */
public record DecaySettings(Map<ValueKind, Duration> halfLives, double threshold) {

    public DecaySettings {
        Objects.requireNonNull(halfLives, "halfLives");
        for (ValueKind kind : ValueKind.values()) {
            Duration halfLife = halfLives.get(kind);
            if (halfLife == null) {
                throw new IllegalArgumentException("the half-life of " + kind.label() + " is missing; every kind needs one");
            }
            if (halfLife.isNegative() || halfLife.isZero()) {
                throw new IllegalArgumentException("the half-life of " + kind.label() + " must be positive, not " + halfLife);
            }
        }
        if (!(threshold > 0 && threshold <= 100)) {
            throw new IllegalArgumentException("the threshold must be above 0 and at most 100 (a score), not " + threshold);
        }
        halfLives = Map.copyOf(halfLives);
    }

    /** The defaults above. */
    public static DecaySettings defaults() {
        Map<ValueKind, Duration> halfLives = new EnumMap<>(ValueKind.class);
        halfLives.put(ValueKind.IPV4, Duration.ofDays(14));
        halfLives.put(ValueKind.IPV6, Duration.ofDays(14));
        halfLives.put(ValueKind.CIDR, Duration.ofDays(30));
        halfLives.put(ValueKind.URL, Duration.ofDays(14));
        halfLives.put(ValueKind.DOMAIN_NAME, Duration.ofDays(60));
        halfLives.put(ValueKind.EMAIL, Duration.ofDays(90));
        for (ValueKind hash : new ValueKind[] {ValueKind.MD5, ValueKind.SHA_1, ValueKind.SHA_256, ValueKind.SHA_512}) {
            halfLives.put(hash, Duration.ofDays(365));
        }
        return new DecaySettings(halfLives, 20);
    }

    /** These settings with {@code kind}'s half-life replaced. */
    public DecaySettings withHalfLife(ValueKind kind, Duration halfLife) {
        Map<ValueKind, Duration> changed = new EnumMap<>(halfLives);
        changed.put(Objects.requireNonNull(kind, "kind"), halfLife);
        return new DecaySettings(changed, threshold);
    }

    public Duration halfLife(ValueKind kind) {
        return halfLives.get(kind);
    }
}
