package org.sipar.stream.internal.live;

import java.time.Duration;
import org.sipar.platform.InvalidSetting;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the live streams.
 *
 * @param heartbeat how often an idle stream is sent a comment line, so that proxies keep it open and a client
 *                  that went away is noticed
 * @param buffer how many events may wait for a slow subscriber; one whose buffer fills is told it is lagging and
 *               closed, and resumes from its last id
 */
@ConfigurationProperties("sipar.stream")
record LiveSettings(@DefaultValue("15s") Duration heartbeat, @DefaultValue("1000") int buffer) {

    LiveSettings {
        if (heartbeat.compareTo(Duration.ofMillis(10)) < 0 || heartbeat.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new InvalidSetting("sipar.stream.heartbeat", heartbeat.toString(), "a duration from 10ms to 10m");
        }
        if (buffer < 1 || buffer > 100_000) {
            throw new InvalidSetting("sipar.stream.buffer", String.valueOf(buffer), "a number of events from 1 to 100000");
        }
    }
}
