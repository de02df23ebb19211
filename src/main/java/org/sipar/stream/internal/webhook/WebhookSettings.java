package org.sipar.stream.internal.webhook;

import java.time.Duration;
import java.util.List;
import org.sipar.platform.InvalidSetting;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the webhooks ({@code sipar.webhooks.*}).
 *
 * @param allowPrivateNetworks whether endpoints may be on private, loopback or link-local addresses: for a hub whose
 *                             partners are reached over a private network; off, so that no form can reach inside
 * @param threads how many deliveries are sent at once, across every endpoint (each endpoint has at most one at a time)
 * @param connectTimeout how long a connection to an endpoint may take
 * @param requestTimeout how long an endpoint may take to answer
 * @param retries the pauses after each failed attempt; after the last the delivery is dead
 * @param pauseAfterFailures consecutive failed attempts after which an endpoint is paused (its administrator resumes it)
 * @param keepDelivered how long delivered messages stay listed
 * @param pollEvery how often the cluster-wide job looks for retries that fell due (and changes missed by a wake)
 */
@ConfigurationProperties("sipar.webhooks")
public record WebhookSettings(
        @DefaultValue("false") boolean allowPrivateNetworks,
        @DefaultValue("4") int threads,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration requestTimeout,
        @DefaultValue({"5s", "30s", "2m", "10m", "1h", "3h", "6h"}) List<Duration> retries,
        @DefaultValue("50") int pauseAfterFailures,
        @DefaultValue("7d") Duration keepDelivered,
        @DefaultValue("5s") Duration pollEvery) {

    public WebhookSettings {
        retries = List.copyOf(retries);
        require(threads >= 1 && threads <= 64, "sipar.webhooks.threads", threads, "a whole number from 1 to 64");
        require(positive(connectTimeout), "sipar.webhooks.connect-timeout", connectTimeout, "a positive duration such as 5s");
        require(positive(requestTimeout), "sipar.webhooks.request-timeout", requestTimeout, "a positive duration such as 10s");
        require(retries.stream().allMatch(WebhookSettings::positive), "sipar.webhooks.retries", retries,
                "a list of positive durations such as 5s,30s,2m");
        require(pauseAfterFailures >= 1, "sipar.webhooks.pause-after-failures", pauseAfterFailures, "a whole number from 1");
        require(positive(keepDelivered), "sipar.webhooks.keep-delivered", keepDelivered, "a positive duration such as 7d");
        require(positive(pollEvery), "sipar.webhooks.poll-every", pollEvery, "a positive duration such as 5s");
    }

    /** How many attempts a message gets in all: the first and one per retry. */
    public int attempts() {
        return retries.size() + 1;
    }

    private static boolean positive(Duration d) {
        return d != null && !d.isNegative() && !d.isZero();
    }

    private static void require(boolean ok, String name, Object value, String accepted) {
        if (!ok) {
            throw new InvalidSetting(name, String.valueOf(value), accepted);
        }
    }
}
