package org.sipar.platform.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.time.Instant;
import org.sipar.platform.InvalidSetting;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the mail outbox ({@code sipar.mail.*}); the SMTP server itself is Spring's {@code spring.mail.*}
 * (host, port, username, password, properties), and without {@code spring.mail.host} mail stays queued.
 *
 * @param enabled whether mail is sent at all: off, it is still queued (and sent once this is on again)
 * @param from the sender's address, such as {@code Sipar <cert@example.gov.pk>}
 * @param firstRetry the pause after the first failed attempt; each further pause is twice the one before
 * @param longestPause the most any pause grows to
 * @param attempts how many attempts a mail gets in all; after the last failed one it is dead
 * @param lease how long one attempt may take before the mail is due again (a sender that died leaves it so)
 * @param sweepEvery how often the cluster looks for mail that is due (retries, and what a lost wake left)
 * @param keepSent how long sent mail stays listed before it is forgotten
 */
@ConfigurationProperties("sipar.mail")
public record MailSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue(MailSettings.DEFAULT_FROM) String from,
        @DefaultValue("1m") Duration firstRetry,
        @DefaultValue("4h") Duration longestPause,
        @DefaultValue("10") int attempts,
        @DefaultValue("5m") Duration lease,
        @DefaultValue("30s") Duration sweepEvery,
        @DefaultValue("30d") Duration keepSent) {

    /** A sender no real SMTP server should accept: set {@code sipar.mail.from} wherever mail really leaves. */
    static final String DEFAULT_FROM = "Sipar <sipar@localhost>";

    public MailSettings {
        fromAddress(from);
        require(positive(firstRetry), "sipar.mail.first-retry", firstRetry, "a positive duration such as 1m");
        require(positive(longestPause), "sipar.mail.longest-pause", longestPause, "a positive duration such as 4h");
        require(attempts >= 1 && attempts <= 100, "sipar.mail.attempts", attempts, "a whole number from 1 to 100");
        require(positive(lease), "sipar.mail.lease", lease, "a positive duration such as 5m");
        require(positive(sweepEvery), "sipar.mail.sweep-every", sweepEvery, "a positive duration such as 30s");
        require(positive(keepSent), "sipar.mail.keep-sent", keepSent, "a positive duration such as 30d");
    }

    /** The sender as an address. */
    InternetAddress fromAddress() {
        return fromAddress(from);
    }

    /**
     * When the attempt after failed attempt {@code attempt} (1 for the first) is due, the failure having been at
     * {@code now}: null when that was the last attempt.
     */
    Instant retryAt(int attempt, Instant now) {
        if (attempt >= attempts) {
            return null;
        }
        Duration pause = firstRetry.multipliedBy(1L << Math.min(attempt - 1, 30));
        return now.plus(pause.compareTo(longestPause) > 0 || pause.isNegative() ? longestPause : pause);
    }

    /** The domain of the sender's address: the right-hand side of every Message-ID. */
    String domain() {
        String address = fromAddress().getAddress();
        return address.substring(address.lastIndexOf('@') + 1);
    }

    private static InternetAddress fromAddress(String from) {
        try {
            InternetAddress address = new InternetAddress(from == null ? "" : from, true);
            require(address.getAddress().indexOf('@') > 0, "sipar.mail.from", from, "an address such as Sipar <cert@example.gov.pk>");
            return address;
        } catch (AddressException e) {
            throw new InvalidSetting("sipar.mail.from", from, "an address such as Sipar <cert@example.gov.pk>");
        }
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
