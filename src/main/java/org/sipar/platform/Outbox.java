package org.sipar.platform;

/**
 * The one way any module sends mail: queue it in the transaction of the change that causes it. The mail is
 * stored in PostgreSQL with that change and committed with it, or rolled back with it and never sent; once
 * committed it leaves within a second or so (the outbox is woken when the transaction commits), and a periodic
 * sweep sends what a wake missed, a restart left behind or a retry made due.
 *
 * <p>Delivery is at least once: a failed attempt is retried with growing pauses ({@code sipar.mail.*}) until a
 * limit, after which the mail is dead and a hub administrator can send it again from {@code /admin/mail}. A node
 * that dies after the SMTP server accepted a mail but before it marked the mail sent will send it again: receivers
 * see the same {@code Message-ID} (one per mail, stable across attempts) and may drop the copy. A mail is never
 * silently lost: without SMTP configured ({@code spring.mail.host}) or with {@code sipar.mail.enabled=false} mail
 * stays queued until it is.
 */
public interface Outbox {

    /**
     * Queues {@code mail} in the caller's transaction and returns its id in the outbox.
     *
     * @throws org.springframework.transaction.IllegalTransactionStateException when no transaction is active: a
     *         mail must be committed with the change that causes it, or not at all
     */
    long queue(OutgoingMail mail);
}
