package org.sipar.platform.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.util.Map;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Builds the MIME message of a claimed mail: UTF-8 text (with an HTML alternative when there is one), the
 * outbox's Message-ID (the same at every attempt: Spring's sender keeps one set beforehand), its language, the
 * caller's extra headers, and {@code Auto-Submitted: auto-generated} (RFC 3834) so that auto-responders stay quiet.
 */
final class MailMessages {

    private MailMessages() {
    }

    static MimeMessage build(JavaMailSender smtp, MailQueue.Claimed mail, InternetAddress from) throws MessagingException {
        MimeMessage message = smtp.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, mail.html() != null, "UTF-8");
        helper.setFrom(from);
        helper.setTo(mail.to());
        helper.setSubject(mail.subject());
        if (mail.html() != null) {
            helper.setText(mail.text(), mail.html());
        } else {
            helper.setText(mail.text(), false);
        }
        message.setHeader("Message-ID", mail.messageId());
        message.setHeader("Content-Language", mail.language());
        message.setHeader("Auto-Submitted", "auto-generated");
        for (Map.Entry<String, String> header : mail.headers().entrySet()) {
            message.setHeader(header.getKey(), encoded(header.getKey(), header.getValue()));
        }
        return message;
    }

    /** A value as a header carries it: non-ASCII text encoded (RFC 2047), long lines folded. */
    private static String encoded(String name, String value) {
        try {
            return MimeUtility.fold(name.length() + 2, MimeUtility.encodeText(value, "UTF-8", null));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }
}
