package org.sipar.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sipar.platform.OutgoingMail;
import org.sipar.support.DemoPlatform;
import org.sipar.support.MutableClock;
import org.sipar.support.Smtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Retries, dead mail and several senders, under a clock the test moves. Each test runs couriers of its own (as
 * other nodes would) on the running Sipar's database, a year ahead, sending to an SMTP server of its own: the
 * running Sipar's sender never finds these mails due, and only the mails the test queues are due for its couriers.
 */
@DemoPlatform
class MailRetryTests {

    @Autowired
    MailQueue queue;

    @Autowired
    MailMetrics metrics;

    @Autowired
    JdbcClient jdbc;

    final MutableClock clock = new MutableClock(Instant.now().plus(Duration.ofDays(365)).truncatedTo(ChronoUnit.SECONDS));

    /** Three attempts a minute, then two, apart; mail already in the table is not this test's. */
    final MailSettings settings = new MailSettings(true, "CERT <cert@sipar.example>", Duration.ofMinutes(1),
            Duration.ofHours(1), 3, Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofDays(30));

    @BeforeEach
    void onlyThisTestsMail() {
        jdbc.sql("delete from platform_mail where status <> 'sent'").update();
    }

    @Test
    void mailIsRetriedWhileSmtpIsDownAndDeliveredWhenItIsBackWithTheSameMessageId() throws Exception {
        int port = Smtp.freePort();
        Courier courier = courier(port);
        String to = "retry-" + UUID.randomUUID() + "@bank.example";
        long id = queueOne(to, "<retry-" + UUID.randomUUID() + "@sipar.example>");

        assertThat(courier.sendDue()).as("the first attempt, to a server that is down").isEqualTo(1);
        Mail failed = mail(id);
        assertThat(failed.status()).isEqualTo("queued");
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isNotBlank();
        assertThat(failed.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(courier.sendDue()).as("nothing due before the pause is over").isZero();

        GreenMail smtp = Smtp.on(port);
        smtp.start();
        try {
            clock.advance(Duration.ofMinutes(1));
            assertThat(courier.sendDue()).isEqualTo(1);
            List<MimeMessage> got = Smtp.receivedFor(smtp, to);
            assertThat(got).hasSize(1);
            assertThat(got.getFirst().getMessageID()).isEqualTo(failed.messageId());
            Mail sent = mail(id);
            assertThat(sent.status()).isEqualTo("sent");
            assertThat(sent.attempts()).isEqualTo(2);
            assertThat(sent.lastError()).isNull();
            assertThat(sent.sentAt()).isEqualTo(clock.instant());
        } finally {
            smtp.stop();
        }
    }

    @Test
    void afterTheLastAttemptMailIsDeadWithPausesDoublingOnTheWay() throws Exception {
        Courier courier = courier(Smtp.freePort());
        long id = queueOne("dead-" + UUID.randomUUID() + "@bank.example", "<dead-" + UUID.randomUUID() + "@sipar.example>");
        assertThat(courier.sendDue()).isEqualTo(1);
        assertThat(mail(id).nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        clock.advance(Duration.ofMinutes(1));
        assertThat(courier.sendDue()).isEqualTo(1);
        assertThat(mail(id).nextAttemptAt()).as("twice the first pause").isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));
        clock.advance(Duration.ofMinutes(2));
        assertThat(courier.sendDue()).isEqualTo(1);

        Mail dead = mail(id);
        assertThat(dead.status()).isEqualTo("dead");
        assertThat(dead.attempts()).isEqualTo(3);
        assertThat(dead.deadAt()).isEqualTo(clock.instant());
        clock.advance(Duration.ofDays(1));
        assertThat(courier.sendDue()).as("dead mail is not tried again by itself").isZero();

        assertThat(queue.retry(id, clock.instant())).get().extracting(Mail::status).isEqualTo("queued");
        assertThat(mail(id).attempts()).as("a retry starts the count again").isZero();
        assertThat(queue.retry(id, clock.instant())).as("only dead mail is retried").isEmpty();
    }

    @Test
    void aRecipientRefusedForGoodIsDeadAtOnceAndTheRoundGoesOn() throws Exception {
        int port = Smtp.freePort();
        GreenMail smtp = Smtp.on(port);
        smtp.start();
        try {
            String refused = "refused-" + UUID.randomUUID() + "@bank.example";
            String fine = "fine-" + UUID.randomUUID() + "@bank.example";
            long bounced = queueOne(refused, "<refused-" + UUID.randomUUID() + "@sipar.example>");
            long sent = queueOne(fine, "<fine-" + UUID.randomUUID() + "@sipar.example>");
            Courier courier = new Courier(queue, new RefusingSender(port), settings, metrics, clock);

            assertThat(courier.sendDue()).as("both attempted in one round").isEqualTo(2);
            Mail dead = mail(bounced);
            assertThat(dead.status()).isEqualTo("dead");
            assertThat(dead.attempts()).isEqualTo(1);
            assertThat(dead.lastError()).contains("550 5.1.1 User unknown");
            assertThat(mail(sent).status()).isEqualTo("sent");
            assertThat(Smtp.receivedFor(smtp, fine)).hasSize(1);
        } finally {
            smtp.stop();
        }
    }

    /** A server that refuses recipients whose address starts with "refused-", as Spring's sender reports it. */
    static final class RefusingSender extends org.springframework.mail.javamail.JavaMailSenderImpl {

        RefusingSender(int port) {
            setHost(Smtp.HOST);
            setPort(port);
        }

        @Override
        public void send(MimeMessage message) {
            try {
                String to = message.getAllRecipients()[0].toString();
                if (to.startsWith("refused-")) {
                    var refusal = new org.eclipse.angus.mail.smtp.SMTPAddressFailedException(
                            new jakarta.mail.internet.InternetAddress(to), "RCPT TO", 550, "550 5.1.1 User unknown");
                    throw new org.springframework.mail.MailSendException(java.util.Map.of(message,
                            new jakarta.mail.SendFailedException("Invalid Addresses", refusal)));
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
            super.send(message);
        }
    }

    @Test
    void twoSendersAtOnceSendEachMailOnce() throws Exception {
        int port = Smtp.freePort();
        GreenMail smtp = Smtp.on(port);
        smtp.start();
        try {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                ids.add(queueOne("pair-" + i + "-" + UUID.randomUUID() + "@bank.example", "<pair-" + UUID.randomUUID() + "@sipar.example>"));
            }
            CountDownLatch start = new CountDownLatch(1);
            Callable<Integer> node = () -> {
                Courier courier = courier(port);
                start.await();
                return courier.sendDue();
            };
            ExecutorService nodes = Executors.newFixedThreadPool(2);
            try {
                Future<Integer> a = nodes.submit(node);
                Future<Integer> b = nodes.submit(node);
                start.countDown();
                assertThat(a.get() + b.get()).as("attempts of both senders").isEqualTo(30);
            } finally {
                nodes.shutdownNow();
            }
            assertThat(smtp.getReceivedMessages()).hasSize(30);
            assertThat(List.of(smtp.getReceivedMessages())).extracting(MimeMessage::getMessageID).doesNotHaveDuplicates();
            assertThat(ids).allSatisfy(id -> assertThat(mail(id).status()).isEqualTo("sent"))
                    .allSatisfy(id -> assertThat(mail(id).attempts()).isEqualTo(1));
        } finally {
            smtp.stop();
        }
    }

    Courier courier(int port) {
        return new Courier(queue, Smtp.senderFor(port), settings, metrics, clock);
    }

    long queueOne(String to, String messageId) {
        return queue.queue(OutgoingMail.of("test.retry", to, "Retried", "Body"), messageId, clock.instant());
    }

    Mail mail(long id) {
        return jdbc.sql("select * from platform_mail where id = ?").param(id).query(Mail::row).single();
    }
}
