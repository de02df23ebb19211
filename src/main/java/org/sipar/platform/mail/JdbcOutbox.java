package org.sipar.platform.mail;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.sipar.platform.OutgoingMail;
import org.sipar.platform.Outbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link Outbox} in PostgreSQL: a row in the caller's transaction, and a wake of the {@link MailPump} once that
 * transaction commits, so that the mail leaves at once rather than at the next sweep.
 */
@Component
class JdbcOutbox implements Outbox {

    private final MailQueue queue;
    private final MailPump pump;
    private final MailSettings settings;
    private final Clock clock;

    JdbcOutbox(MailQueue queue, MailPump pump, MailSettings settings, Clock clock) {
        this.queue = queue;
        this.pump = pump;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long queue(OutgoingMail mail) {
        Objects.requireNonNull(mail, "mail");
        long id = queue.queue(mail, messageId(), clock.instant());
        pump.wakeAfterCommit();
        return id;
    }

    /** A Message-ID unique to this mail, in the sender's domain, kept for every attempt. */
    private String messageId() {
        return "<" + UUID.randomUUID() + "@" + settings.domain() + ">";
    }
}
