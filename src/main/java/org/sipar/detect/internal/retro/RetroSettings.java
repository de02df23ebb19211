package org.sipar.detect.internal.retro;

import java.time.Duration;
import org.sipar.platform.InvalidSetting;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the retro-hunt.
 *
 * @param days       how many days of values are kept, today (UTC) included
 * @param flushEvery how often the buffered values are merged in and stored (and old days dropped)
 */
@ConfigurationProperties("sipar.detect.retro")
record RetroSettings(@DefaultValue("30") int days, @DefaultValue("1m") Duration flushEvery) {

    RetroSettings {
        if (days < 1 || days > 366) {
            throw new InvalidSetting("sipar.detect.retro.days", Integer.toString(days), "a number of days from 1 to 366");
        }
        if (flushEvery.compareTo(Duration.ofSeconds(1)) < 0 || flushEvery.compareTo(Duration.ofHours(1)) > 0) {
            throw new InvalidSetting("sipar.detect.retro.flush-every", flushEvery.toString(), "a duration from 1s to 1h");
        }
    }
}
