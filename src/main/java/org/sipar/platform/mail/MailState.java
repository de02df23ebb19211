package org.sipar.platform.mail;

/**
 * The outbox at a glance, for its administration page.
 *
 * @param configured whether an SMTP server is configured ({@code spring.mail.host})
 * @param enabled whether sending is on ({@code sipar.mail.enabled})
 */
public record MailState(boolean configured, boolean enabled, long queued, long sent, long dead) {

    /** Whether mail leaves at all; when not, it stays queued. */
    public boolean sending() {
        return configured && enabled;
    }
}
