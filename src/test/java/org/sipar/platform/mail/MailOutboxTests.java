package org.sipar.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sipar.platform.OutgoingMail;
import org.sipar.platform.Outbox;
import org.sipar.support.DemoPlatform;
import org.sipar.support.Smtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox as the modules use it, against the running Sipar and the shared SMTP server: mail committed with its
 * change leaves once the transaction commits, with its headers; mail of a transaction that rolls back never does.
 */
@DemoPlatform
class MailOutboxTests {

    final GreenMail smtp = Smtp.shared();

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry metrics;

    static String someone() {
        return "outbox-" + UUID.randomUUID() + "@bank.example";
    }

    @Test
    void committedMailIsDeliveredWithItsSubjectBodiesAndHeaders() throws Exception {
        String to = someone();
        double sentBefore = metrics.counter("sipar.mail.sent").count();
        OutgoingMail mail = OutgoingMail.of("advisory.digest", to, "Weekly advisories — ہفتہ وار", "Plain text body")
                .withHtml("<p>HTML body</p>").inLanguage("ur").about("digest 2026-W49")
                .withOneClickUnsubscribe(URI.create("https://sipar.example/unsubscribe/t0ken"));
        long id = transactions.execute(status -> outbox.queue(mail));

        List<MimeMessage> got = Smtp.awaitFor(smtp, to);
        assertThat(got).hasSize(1);
        MimeMessage message = got.getFirst();
        assertThat(message.getSubject()).isEqualTo("Weekly advisories — ہفتہ وار");
        assertThat(message.getHeader("List-Unsubscribe", null)).isEqualTo("<https://sipar.example/unsubscribe/t0ken>");
        assertThat(message.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(message.getHeader("Content-Language", null)).isEqualTo("ur");
        assertThat(message.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(message.getFrom()[0].toString()).contains("sipar@localhost");
        String raw = GreenMailUtil.getWholeMessage(message);
        assertThat(raw).contains("Plain text body").contains("<p>HTML body</p>").contains("multipart/alternative");
        assertThat(message.getMessageID()).as("the outbox's own Message-ID")
                .isEqualTo(jdbc.sql("select message_id from platform_mail where id = ?").param(id).query(String.class).single());

        awaitSent(id);
        assertThat(jdbc.sql("select attempts from platform_mail where id = ?").param(id).query(Integer.class).single()).isEqualTo(1);
        assertThat(metrics.counter("sipar.mail.sent").count()).isGreaterThan(sentBefore);
        assertThat(metrics.find("sipar.mail.queued").gauge()).isNotNull();
    }

    @Test
    void mailOfATransactionThatRollsBackIsNeverQueuedNorSent() throws Exception {
        String rolledBack = someone();
        String committed = someone();
        transactions.executeWithoutResult(status -> {
            outbox.queue(OutgoingMail.of("test.rollback", rolledBack, "Never", "Never sent"));
            status.setRollbackOnly();
        });
        transactions.execute(status -> outbox.queue(OutgoingMail.of("test.rollback", committed, "After", "Sent")));

        assertThat(Smtp.awaitFor(smtp, committed)).as("the mail queued after it").hasSize(1);
        assertThat(Smtp.receivedFor(smtp, rolledBack)).isEmpty();
        assertThat(jdbc.sql("select count(*) from platform_mail where recipient = ?").param(rolledBack)
                .query(Long.class).single()).isZero();
    }

    @Test
    void queueingOutsideATransactionIsRefused() {
        String to = someone();
        assertThatThrownBy(() -> outbox.queue(OutgoingMail.of("test.none", to, "No", "No transaction")))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(jdbc.sql("select count(*) from platform_mail where recipient = ?").param(to)
                .query(Long.class).single()).isZero();
    }

    /** The SMTP server has the mail before the sender marks it sent: wait for that second step. */
    void awaitSent(long id) throws InterruptedException {
        for (int i = 0; i < 600 && !"sent".equals(status(id)); i++) {
            Thread.sleep(50);
        }
        assertThat(status(id)).isEqualTo("sent");
    }

    String status(long id) {
        return jdbc.sql("select status from platform_mail where id = ?").param(id).query(String.class).single();
    }
}
