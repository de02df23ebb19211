package org.sipar.platform.mail;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.sipar.platform.Audit;
import org.sipar.platform.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the administration page shows of the outbox, and its one action: sending a dead mail again. */
@Service
class MailDesk {

    private final MailQueue queue;
    private final Courier courier;
    private final MailPump pump;
    private final MailSettings settings;
    private final Audit audit;
    private final Clock clock;

    MailDesk(MailQueue queue, Courier courier, MailPump pump, MailSettings settings, Audit audit, Clock clock) {
        this.queue = queue;
        this.courier = courier;
        this.pump = pump;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    MailState state() {
        Map<String, Long> counts = queue.counts();
        return new MailState(courier.configured(), settings.enabled(), counts.get("queued"), counts.get("sent"),
                counts.get("dead"));
    }

    /** The newest mails with {@code status} (any, when null). */
    List<Mail> latest(String status, int limit) {
        return queue.latest(status, limit);
    }

    /** Queues dead mail {@code id} again with fresh attempts, audited as {@code mail.retry}. */
    @Transactional
    Mail retry(long id) {
        Mail mail = queue.retry(id, clock.instant()).orElseThrow(() -> new NotFound("dead mail", id));
        audit.record("mail.retry", "mail " + id, Map.of("to", mail.recipient(), "kind", mail.kind()));
        pump.wakeAfterCommit();
        return mail;
    }
}
