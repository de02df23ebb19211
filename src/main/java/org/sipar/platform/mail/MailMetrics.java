package org.sipar.platform.mail;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The outbox's figures for Prometheus: {@code sipar_mail_sent_total}, {@code sipar_mail_failed_total} by outcome
 * ({@code retry}: tried again later, {@code dead}: the last attempt), and the gauges {@code sipar_mail_queued} and
 * {@code sipar_mail_dead}, read from the table at each scrape so that every node reports the cluster's queue.
 */
@Component
class MailMetrics {

    private final Counter sent;
    private final Counter retried;
    private final Counter died;

    MailMetrics(MeterRegistry registry, MailQueue queue) {
        sent = Counter.builder("sipar.mail.sent").description("Mails the SMTP server accepted").register(registry);
        retried = failed(registry, "retry");
        died = failed(registry, "dead");
        Gauge.builder("sipar.mail.queued", queue, q -> q.count("queued"))
                .description("Mails waiting to be sent, across the cluster").register(registry);
        Gauge.builder("sipar.mail.dead", queue, q -> q.count("dead"))
                .description("Mails given up on, waiting for an administrator").register(registry);
    }

    private static Counter failed(MeterRegistry registry, String outcome) {
        return Counter.builder("sipar.mail.failed").tag("outcome", outcome)
                .description("Failed attempts to send a mail").register(registry);
    }

    void sent() {
        sent.increment();
    }

    void failed(boolean dead) {
        (dead ? died : retried).increment();
    }
}
