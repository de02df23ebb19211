package org.sipar.advisory.internal.subscription;

import java.util.List;
import java.util.Locale;
import org.sipar.advisory.internal.PublishedDocument;

/**
 * One advisory as a subscriber's mail shows it, from the published document the subscriber may see.
 *
 * @param severity the severity's message key suffix ({@code high}), or null when the advisory has none
 * @param translationMissing whether the subscriber asked for Urdu and this is the English document
 * @param pageUrl the advisory's page, absolute, in the subscriber's language
 */
public record MailItem(String trackingId, String title, String summary, String severity, String tlp, List<String> cves,
                       List<String> products, boolean withdrawn, boolean translationMissing, String pageUrl) {

    public MailItem {
        cves = List.copyOf(cves);
        products = List.copyOf(products);
    }

    static MailItem of(PublishedDocument d, String lang, String pageUrl) {
        return new MailItem(d.trackingId(), d.title(), d.summary(),
                d.severity() == null ? null : d.severity().toLowerCase(Locale.ROOT), d.distribution().tlp().label(),
                d.cves(), d.products(), d.withdrawn(), !d.lang().equals(lang), pageUrl);
    }
}
