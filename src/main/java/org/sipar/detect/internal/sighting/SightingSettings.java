package org.sipar.detect.internal.sighting;

import java.time.Duration;
import org.sipar.platform.InvalidSetting;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How matches become sightings ({@code sipar.detect.sightings.*}).
 *
 * @param window the span one sighting aggregates: every match of an indicator in one organisation's telemetry
 *               within it adds to one sighting's count
 */
@ConfigurationProperties("sipar.detect.sightings")
public record SightingSettings(@DefaultValue("1h") Duration window) {

    public SightingSettings {
        if (window.compareTo(Duration.ofMinutes(1)) < 0 || window.compareTo(Duration.ofDays(1)) > 0 || Duration.ofDays(1).toSeconds() % window.toSeconds() != 0) {
            throw new InvalidSetting("sipar.detect.sightings.window", String.valueOf(window),
                    "from 1 minute to 1 day, dividing a day evenly (such as 15m or 1h)");
        }
    }

    /** The start of the window {@code at} falls in, in epoch seconds. */
    long windowStart(long epochSecond) {
        long span = window.toSeconds();
        return Math.floorDiv(epochSecond, span) * span;
    }
}
