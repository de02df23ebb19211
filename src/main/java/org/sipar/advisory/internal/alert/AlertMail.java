package org.sipar.advisory.internal.alert;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.sipar.advisory.internal.alert.AlertRaiser.Match;
import org.sipar.advisory.internal.alert.PublishedRevisions.Revision;
import org.sipar.advisory.internal.signing.ProviderAddresses;
import org.sipar.identity.Directory;
import org.sipar.identity.Organisation;
import org.sipar.platform.Outbox;
import org.sipar.platform.OutgoingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mail an alert sends to the organisation's contact address, in the transaction that raised it: one mail per
 * organisation and revision, naming each product matched and linking to the advisory and the alerts page, in
 * English and then Urdu (the contact mailbox is read by whoever is on duty, in either language).
 */
@Component
class AlertMail {

    private static final Logger log = LoggerFactory.getLogger(AlertMail.class);
    private static final Locale URDU = Locale.forLanguageTag("ur");
    private final Directory directory;
    private final Outbox outbox;
    private final MessageSource messages;
    private final ProviderAddresses addresses;

    AlertMail(Directory directory, Outbox outbox, MessageSource messages, ProviderAddresses addresses) {
        this.directory = directory;
        this.outbox = outbox;
        this.messages = messages;
        this.addresses = addresses;
    }

    void send(UUID organisation, Revision revision, List<Match> matches) {
        String to = directory.organisation(organisation).map(Organisation::contactEmail).orElse(null);
        if (to == null || to.isBlank()) {
            log.warn("Organisation {} has no contact address: its alert about {} is on its alerts page only", organisation, revision.trackingId());
            return;
        }
        String subject = messages.getMessage("advisory.alert.mail.subject", new Object[] {revision.trackingId()}, Locale.ENGLISH);
        String text = body(revision, matches, Locale.ENGLISH) + "\n\n---\n\n" + body(revision, matches, URDU);
        outbox.queue(OutgoingMail.of("advisory.alert", to, subject, text).about(revision.trackingId()));
    }

    String organisationName(UUID organisation) {
        return directory.organisation(organisation).map(Organisation::name).orElse(organisation.toString());
    }

    private String body(Revision revision, List<Match> matches, Locale locale) {
        String title = revision.titles().getOrDefault(locale.getLanguage(), revision.titles().getOrDefault("en", ""));
        StringBuilder text = new StringBuilder(t("advisory.alert.mail.lead", locale, revision.trackingId(), title)).append("\n\n");
        for (Match m : matches) {
            String label = m.product().label().isBlank() ? "" : " (" + m.product().label() + ")";
            text.append("- ").append(t("advisory.alert.mail.product", locale, m.product().identifier().canonical() + label,
                    m.affected().name())).append('\n');
        }
        text.append('\n').append(t("advisory.alert.mail.read", locale, link("/advisories/" + revision.trackingId())));
        text.append('\n').append(t("advisory.alert.mail.alerts", locale, link("/advisories/alerts")));
        return text.toString();
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private String link(String path) {
        return addresses.known() ? addresses.absolute(path) : path;
    }
}
