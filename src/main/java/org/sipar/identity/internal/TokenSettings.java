package org.sipar.identity.internal;

import java.time.Duration;
import org.sipar.platform.InvalidSetting;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of API tokens.
 *
 * @param defaultExpiry how long a new token lasts when its maker names no expiry (the form proposes it)
 * @param maxExpiry     the longest a new token may last: a leaked token should stop working on its own
 */
@ConfigurationProperties("sipar.tokens")
record TokenSettings(@DefaultValue("90d") Duration defaultExpiry, @DefaultValue("365d") Duration maxExpiry) {

    TokenSettings {
        if (maxExpiry.compareTo(Duration.ofDays(1)) < 0 || maxExpiry.compareTo(Duration.ofDays(3660)) > 0) {
            throw new InvalidSetting("sipar.tokens.max-expiry", maxExpiry.toString(), "a duration from 1d to 3660d");
        }
        if (defaultExpiry.compareTo(Duration.ofDays(1)) < 0 || defaultExpiry.compareTo(maxExpiry) > 0) {
            throw new InvalidSetting("sipar.tokens.default-expiry", defaultExpiry.toString(),
                    "a duration from 1d to sipar.tokens.max-expiry (" + maxExpiry.toDays() + "d)");
        }
    }
}
