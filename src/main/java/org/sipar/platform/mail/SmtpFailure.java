package org.sipar.platform.mail;

import jakarta.mail.SendFailedException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailSendException;

/**
 * What a failed attempt says about the next ones. A server that refused the recipient is up, so the round goes on
 * with the other mail; if it refused them for good (a 5xx reply to {@code RCPT TO}, such as "user unknown"),
 * trying again only delays the bounce, so the mail is dead at once. Anything else (no connection, a timeout,
 * refused credentials) is the server's trouble, likely the next mail's too.
 */
record SmtpFailure(String description, boolean aboutTheRecipient, boolean permanent) {

    static SmtpFailure of(Exception e) {
        List<Throwable> causes = causes(e);
        boolean permanent = causes.stream()
                .anyMatch(t -> t instanceof SMTPAddressFailedException refused && refused.getReturnCode() / 100 == 5);
        return new SmtpFailure(describe(causes.getLast()), causes.stream().anyMatch(SendFailedException.class::isInstance),
                permanent);
    }

    /**
     * {@code e} and its causes, and those of the failures per message that Spring's sender keeps beside them (a
     * refused recipient is one of those, not a cause): innermost last.
     */
    private static List<Throwable> causes(Exception e) {
        List<Throwable> all = new ArrayList<>();
        List<Throwable> roots = new ArrayList<>(List.of(e));
        if (e instanceof MailSendException send) {
            roots.addAll(List.of(send.getMessageExceptions()));
        }
        for (Throwable root : roots) {
            for (Throwable t = root; t != null && !all.contains(t); t = t.getCause()) {
                all.add(t);
            }
        }
        return all;
    }

    /** The innermost cause, which names the real failure, as the administration page shows it. */
    private static String describe(Throwable innermost) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(innermost);
        String text = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return text.length() <= 500 ? text : text.substring(0, 497) + "...";
    }
}
