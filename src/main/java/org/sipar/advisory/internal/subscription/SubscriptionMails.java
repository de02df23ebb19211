package org.sipar.advisory.internal.subscription;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.sipar.advisory.internal.signing.ProviderAddresses;
import org.sipar.platform.OutgoingMail;
import org.sipar.platform.Ui;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The subscriptions' mails, in the subscriber's language: the confirmation link, and advisories (one, or a day's
 * digest) with a plain text body and an HTML one rendered by {@code advisory/subscription/mail.jte}, which escapes
 * every value and loads nothing remote. Every advisory mail carries RFC 8058 one-click unsubscription.
 */
@Component
class SubscriptionMails {

    private final MessageSource messages;
    private final TemplateEngine templates;
    private final ProviderAddresses addresses;
    private final SubscriptionSettings settings;

    SubscriptionMails(MessageSource messages, TemplateEngine templates, ProviderAddresses addresses,
                      SubscriptionSettings settings) {
        this.messages = messages;
        this.templates = templates;
        this.addresses = addresses;
        this.settings = settings;
    }

    OutgoingMail confirmation(Subscription s, String token) {
        Ui ui = ui(s.lang());
        String link = addresses.absolute("/advisories/subscribe/confirm?token=" + token + "&lang=" + s.lang());
        String audiences = s.audienceList().stream().map(a -> ui.t("advisory.audience." + a.name()))
                .collect(Collectors.joining(ui.t("advisory.subscription.comma") + " "));
        long hours = settings.confirmationValidity().toHours();
        String text = ui.t("advisory.subscription.confirm.text", s.email(), audiences) + "\n\n" + link + "\n\n"
                + ui.t("advisory.subscription.confirm.expires", hours) + "\n" + ui.t("advisory.subscription.confirm.ignore") + "\n";
        String html = render("advisory/subscription/confirm-mail.jte", Map.of("ui", ui, "email", s.email(),
                "audiences", audiences, "link", link, "hours", hours));
        return OutgoingMail.of("advisory.subscription.confirm", s.email(), ui.t("advisory.subscription.confirm.subject"), text)
                .withHtml(html).inLanguage(s.lang()).about(s.id().toString());
    }

    /** A mail of {@code items} to {@code to} for {@code s}: one advisory, or a digest of several. */
    OutgoingMail advisories(Subscription s, String to, List<MailItem> items, boolean digest, String unsubscribeToken) {
        Ui ui = ui(s.lang());
        String unsubscribe = addresses.absolute("/advisories/unsubscribe?token=" + unsubscribeToken);
        String subject = digest ? ui.t("advisory.subscription.mail.digestSubject", items.size()) : subject(ui, items.getFirst());
        String html = render("advisory/subscription/mail.jte", Map.of("ui", ui, "items", items, "digest", digest,
                "unsubscribe", unsubscribe));
        return OutgoingMail.of(digest ? "advisory.subscription.digest" : "advisory.subscription.advisory", to, subject,
                        SubscriptionText.of(ui, items, digest, unsubscribe))
                .withHtml(html).inLanguage(s.lang()).about(digest ? s.id().toString() : items.getFirst().trackingId())
                .withOneClickUnsubscribe(URI.create(unsubscribe));
    }

    /** The advisory's page, absolute, in {@code lang}. */
    String page(String trackingId, String lang) {
        return addresses.absolute("/advisories/" + URLEncoder.encode(trackingId, StandardCharsets.UTF_8) + "?lang=" + lang);
    }

    private static String subject(Ui ui, MailItem item) {
        String level = item.withdrawn() ? ui.t("advisory.subscription.mail.withdrawnTag")
                : item.severity() == null ? "TLP:" + item.tlp() : ui.t("advisory.severity." + item.severity());
        // A title is one line as written, but one bad title must not stop every subscriber's mail: no control characters.
        String line = ui.t("advisory.subscription.mail.subject", level, item.trackingId(), item.title())
                .replaceAll("\\p{Cntrl}", " ");
        return line.length() <= 300 ? line : line.substring(0, 297) + "...";
    }

    private Ui ui(String lang) {
        return new Ui(messages, Locale.forLanguageTag(lang), "/advisories", null, null);
    }

    private String render(String template, Map<String, Object> model) {
        StringOutput out = new StringOutput();
        templates.render(template, model, out);
        return out.toString();
    }
}
