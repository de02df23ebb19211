package org.sipar.platform.mail;

import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends what is due: claims one mail at a time from the {@link MailQueue}, hands it to the SMTP server through
 * Spring's {@link JavaMailSender}, and marks it sent, or failed with its next attempt due after a growing pause,
 * or dead after the last. Without an SMTP server ({@code spring.mail.host} unset) or with sending disabled it
 * claims nothing, so mail waits in the queue rather than using up its attempts.
 */
@Component
class Courier {

    private static final Logger log = LoggerFactory.getLogger(Courier.class);

    private final MailQueue queue;
    private final JavaMailSender smtp;
    private final MailSettings settings;
    private final MailMetrics metrics;
    private final Clock clock;

    @Autowired
    Courier(MailQueue queue, ObjectProvider<JavaMailSender> smtp, MailSettings settings, MailMetrics metrics, Clock clock) {
        this(queue, smtp.getIfAvailable(), settings, metrics, clock);
    }

    /** A courier sending through {@code smtp}, or through nothing when it is null. */
    Courier(MailQueue queue, JavaMailSender smtp, MailSettings settings, MailMetrics metrics, Clock clock) {
        this.queue = queue;
        this.smtp = smtp;
        this.settings = settings;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Whether an SMTP server is configured. */
    boolean configured() {
        return smtp != null;
    }

    /**
     * Attempts, one after the other, every mail due now; how many attempts were made. A failure of the server (not
     * one about a recipient) ends the round: the server is likely failing the others too, and the sweep comes back.
     */
    int sendDue() {
        if (smtp == null || !settings.enabled()) {
            return 0;
        }
        int attempts = 0;
        for (Optional<MailQueue.Claimed> c = claim(); c.isPresent(); c = claim()) {
            attempts++;
            if (!attempt(c.get())) {
                break;
            }
        }
        return attempts;
    }

    private Optional<MailQueue.Claimed> claim() {
        Instant now = clock.instant();
        return queue.claim(now, now.plus(settings.lease()));
    }

    /** Sends {@code mail} once and settles it; whether the server is still worth sending the next mail to. */
    boolean attempt(MailQueue.Claimed mail) {
        try {
            smtp.send(MailMessages.build(smtp, mail, settings.fromAddress()));
        } catch (MailException | MessagingException e) {
            SmtpFailure failure = SmtpFailure.of(e);
            failed(mail, failure);
            return failure.aboutTheRecipient();
        }
        if (!queue.sent(mail, clock.instant())) {
            log.info("Mail {} was sent after its claim lapsed; another attempt may send it again", mail.id());
        }
        metrics.sent();
        return true;
    }

    private void failed(MailQueue.Claimed mail, SmtpFailure failure) {
        Instant now = clock.instant();
        Instant retryAt = failure.permanent() ? null : settings.retryAt(mail.attempt(), now);
        String error = failure.description();
        queue.failed(mail, error, retryAt, now);
        metrics.failed(retryAt == null);
        if (retryAt == null) {
            log.warn("Mail {} failed at attempt {} and is dead: {}", mail.id(), mail.attempt(), error);
        } else {
            log.warn("Mail {} failed at attempt {}: {}; trying again at {}", mail.id(), mail.attempt(), error, retryAt);
        }
    }
}
