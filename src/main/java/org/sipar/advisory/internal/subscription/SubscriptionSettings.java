package org.sipar.advisory.internal.subscription;

import java.time.Duration;
import org.sipar.platform.InvalidSetting;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The e-mail subscriptions' settings ({@code sipar.advisory.subscription.*}).
 *
 * @param confirmationValidity how long a confirmation link works
 * @param addressPause the least time between two confirmation mails to one address: asking again sooner sends nothing
 * @param requestsPerSource how many subscription requests one IP address may make per {@code sourceWindow}
 * @param sourceWindow the window {@code requestsPerSource} counts in
 */
@ConfigurationProperties("sipar.advisory.subscription")
public record SubscriptionSettings(
        @DefaultValue("48h") Duration confirmationValidity,
        @DefaultValue("10m") Duration addressPause,
        @DefaultValue("30") int requestsPerSource,
        @DefaultValue("1h") Duration sourceWindow) {

    public SubscriptionSettings {
        if (confirmationValidity.compareTo(Duration.ofMinutes(10)) < 0) {
            throw new InvalidSetting("sipar.advisory.subscription.confirmation-validity", String.valueOf(confirmationValidity),
                    "at least 10 minutes, so that a slow mail still arrives in time");
        }
        if (requestsPerSource < 1) {
            throw new InvalidSetting("sipar.advisory.subscription.requests-per-source", String.valueOf(requestsPerSource), "at least 1");
        }
    }
}
