package org.sipar.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sipar.support.Http;
import org.sipar.support.Smtp;

/** Subscribing, confirming and reading the mails that follow, through the pages and the test SMTP server. */
abstract class SubscriptionFixture extends AdvisoryFixture {

    static final Pattern CONFIRM_LINK = Pattern.compile("/advisories/subscribe/confirm\\?token=([A-Za-z0-9_-]{43})");
    static final Pattern UNSUBSCRIBE_LINK = Pattern.compile("<(http://localhost:\\d+(/advisories/unsubscribe\\?token=[A-Za-z0-9_-]{43}))>");
    final GreenMail smtp = Smtp.shared();

    /** Sends the subscribe form as {@code who}; returns the answer. */
    HttpResponse<String> subscribe(Http who, String email, String lang, String delivery, String... audiences) {
        who.get("/advisories/subscribe");
        Map<String, String> form = new HashMap<>(Map.of("lang", lang, "delivery", delivery));
        if (email != null) {
            form.put("email", email);
        }
        StringBuilder query = new StringBuilder();
        for (String a : audiences) {
            query.append(query.isEmpty() ? "?" : "&").append("audiences=").append(a);
        }
        return who.post("/advisories/subscribe" + query, form);
    }

    /** The token of the newest confirmation mail to {@code email}, waiting for it. */
    String confirmationToken(String email, int confirmationsBefore) throws Exception {
        for (int i = 0; i < 600; i++) {
            List<MimeMessage> got = confirmations(email);
            if (got.size() > confirmationsBefore) {
                Matcher m = CONFIRM_LINK.matcher(text(got.getLast()));
                assertThat(m.find()).isTrue();
                return m.group(1);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No confirmation mail reached " + email);
    }

    List<MimeMessage> confirmations(String email) {
        return Smtp.receivedFor(smtp, email).stream().filter(m -> text(m).contains("/advisories/subscribe/confirm")).toList();
    }

    /**
     * Subscribes as {@code who} (a member's mail goes to their account's {@code email}, an anonymous visitor's to the
     * {@code email} typed) and confirms through the pages; returns the page the confirmation answered.
     */
    String subscribed(Http who, String email, String lang, String delivery, String... audiences) throws Exception {
        int before = confirmations(email).size();
        assertThat(subscribe(who, email, lang, delivery, audiences).body()).contains("subscription-requested");
        String token = confirmationToken(email, before);
        Http browser = anonymous();
        assertThat(browser.get("/advisories/subscribe/confirm?token=" + token).body()).contains("subscription-confirm-form");
        HttpResponse<String> confirmed = browser.post("/advisories/subscribe/confirm", Map.of("token", token));
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.body()).contains("subscription-confirm-done");
        return confirmed.body();
    }

    /** The mails to {@code email} about advisory {@code trackingId}, waiting up to half a minute for the first. */
    List<MimeMessage> mailsAbout(String email, String trackingId) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            List<MimeMessage> got = receivedAbout(email, trackingId);
            if (!got.isEmpty()) {
                return got;
            }
            Thread.sleep(50);
        }
        return List.of();
    }

    List<MimeMessage> receivedAbout(String email, String trackingId) {
        return Smtp.receivedFor(smtp, email).stream().filter(m -> subject(m).contains(trackingId)).toList();
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject() == null ? "" : m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String header(MimeMessage m, String name) {
        try {
            return m.getHeader(name, null);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain text part of {@code m}. */
    static String text(MimeMessage m) {
        return part(m, "text/plain");
    }

    static String html(MimeMessage m) {
        return part(m, "text/html");
    }

    private static String part(MimeMessage m, String type) {
        try {
            Object content = m.getContent();
            if (content instanceof String s) {
                return m.isMimeType(type) ? s : "";
            }
            return find((Multipart) content, type);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String find(Multipart multipart, String type) throws MessagingException, IOException {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart p = multipart.getBodyPart(i);
            if (p.isMimeType(type)) {
                return (String) p.getContent();
            }
            if (p.getContent() instanceof Multipart inner) {
                String found = find(inner, type);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return "";
    }
}
